import { readFileSync, statSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PASSWORD, ids } from '../dataset';
import { LoadFigures, LoadRequest, load } from '../support/load';
import { API_MAIN, BARE_SERVER, SQL_RECORDER, freePort, serve } from '../support/processes';
import { Row } from '../support/table';

interface Statement {
  text: string;
  params: unknown[];
}
interface Script {
  facilityId: string;
  actorId: string;
  statements: Statement[];
}

const ENDPOINTS = [
  { name: 'tenants', method: 'GET', path: '/api/v1/tenants?limit=50', target: 0.6 },
  { name: 'invoices', method: 'GET', path: '/api/v1/invoices?limit=50', target: 0.6 },
  { name: 'dashboard', method: 'GET', path: '/api/v1/dashboard', target: 0.6 },
  { name: 'charges', method: 'POST', path: '/api/v1/charges', target: 0.5 },
] as const;

function chargeBody(f: number): string {
  return JSON.stringify({
    tenantId: ids.tenant(f, 1),
    period: '2027-01',
    description: '会議室利用料（ベンチ）',
    quantity: 1,
    unitPrice: 2750,
    taxCategory: 'standard',
  });
}

/** The facility and actor of a facility transaction's first round trip ("BEGIN; SELECT set_config(…"). */
const FACILITY_SETTINGS =
  /set_config\('tamago\.facility_id', '([^']*)', true\), set_config\('tamago\.actor_id', '([^']*)', true\)/;

/**
 * The statements a request ran inside facility transactions (those whose BEGIN carries the facility
 * setting), without that first round trip, from the recorder's log: what the bare handler replays for
 * that facility.
 */
function scriptOf(lines: { c: number; text: string; params: unknown[] }[]): Script {
  const open = new Map<number, { facility: boolean; statements: Statement[] }>();
  const script: Script = { facilityId: '', actorId: '', statements: [] };
  for (const l of lines) {
    const text = l.text.trim();
    if (/^(START TRANSACTION|BEGIN)/i.test(text)) {
      // TransactionRunner's first round trip: BEGIN and, for a facility transaction, its settings (literals).
      const tx = { facility: false, statements: [] as Statement[] };
      open.set(l.c, tx);
      const settings = FACILITY_SETTINGS.exec(text);
      if (settings) {
        tx.facility = true;
        if (!script.facilityId) [script.facilityId, script.actorId] = [settings[1], settings[2]];
      }
    } else if (/^SET LOCAL ROLE/i.test(text)) {
      const tx = open.get(l.c);
      if (tx) tx.facility = true;
    } else if (/^COMMIT/i.test(text)) {
      const tx = open.get(l.c);
      if (tx?.facility) script.statements.push(...tx.statements);
      open.delete(l.c);
    } else if (/^ROLLBACK/i.test(text)) open.delete(l.c);
    else open.get(l.c)?.statements.push({ text: l.text, params: l.params });
  }
  return script;
}

async function login(url: string, f: number): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ids.staffEmail(f), password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${f}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** The load's requests: token i is of facility `first + i`, its charge for a tenant of that facility. */
function requestsOf(e: (typeof ENDPOINTS)[number], tokens: string[], first: number): LoadRequest[] {
  return tokens.map((token, i) => ({
    method: e.method,
    path: e.path,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: e.method === 'POST' ? chargeBody(first + i) : undefined,
  }));
}

const ms = (n: number) => `${n} ms`;

/**
 * Scenarios 2 and 3: the compiled API in a process of its own under autocannon (tokens of
 * `facilities` facilities), and in the same run a bare Fastify + pg server replaying the same
 * facility-scoped SQL under the same RLS role and setting.
 */
export async function httpScenarios(opts: {
  env: Record<string, string>;
  facilities: number;
  /** The first facility whose users load the API (the others follow it). */
  firstFacility: number;
  tenantsPerFacility: number;
  load: { connections: number; duration: number };
}): Promise<{ rows: Row[]; figures: Record<string, unknown> }> {
  const dir = mkdtempSync(join(tmpdir(), 'tamago-bench-http-'));
  const log = join(dir, 'sql.jsonl');
  writeFileSync(log, '');
  const scripts: Record<string, Record<string, Script>> = {};
  const tokens: string[] = [];
  try {
    const recorder = await serve(
      ['-r', SQL_RECORDER, API_MAIN],
      { ...opts.env, BENCH_SQL_LOG: log },
      await freePort(),
      '/health',
    );
    try {
      for (let f = opts.firstFacility; f < opts.firstFacility + opts.facilities; f++)
        tokens.push(await login(recorder.url, f));
      for (const e of ENDPOINTS) {
        const route = `${e.method} ${e.path.split('?')[0]}`;
        scripts[route] = {};
        for (const [i, token] of tokens.entries()) {
          const from = statSync(log).size;
          const res = await fetch(recorder.url + e.path, {
            method: e.method,
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: e.method === 'POST' ? chargeBody(opts.firstFacility + i) : undefined,
          });
          if (!res.ok) throw new Error(`${route}: ${res.status} ${await res.text()}`);
          await res.arrayBuffer();
          await new Promise((r) => setTimeout(r, 30));
          const lines = readFileSync(log)
            .subarray(from)
            .toString('utf8')
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l));
          scripts[route][token] = scriptOf(lines);
        }
      }
    } finally {
      await recorder.stop();
    }
    const file = join(dir, 'scripts.json');
    writeFileSync(file, JSON.stringify(scripts));
    const product = await serve([API_MAIN], opts.env, await freePort(), '/health');
    const barePort = await freePort();
    const bare = await serve(
      [BARE_SERVER],
      { BENCH_BARE_SCRIPTS: file, BENCH_BARE_PORT: String(barePort) },
      barePort,
      '/health',
    );
    const rows: Row[] = [];
    const figures: Record<string, unknown> = {};
    try {
      for (const e of ENDPOINTS) {
        const requests = requestsOf(e, tokens, opts.firstFacility);
        // Bare first, then the product, each on a quiet machine as far as this run goes.
        const b: LoadFigures = await load(bare.url, requests, opts.load);
        const p: LoadFigures = await load(product.url, requests, opts.load);
        const r = Math.round((p.rps / Math.max(1, b.rps)) * 100) / 100;
        const queries = Object.values(scripts[`${e.method} ${e.path.split('?')[0]}`])[0]?.statements.length ?? 0;
        figures[e.name] = { product: p, bare: b, ratio: r, facilityStatements: queries };
        rows.push({
          scenario:
            e.method === 'GET'
              ? `2 ${e.method} ${e.path.replace('/api/v1', '')}`
              : `3 ${e.method} ${e.path.replace('/api/v1', '')}`,
          measure: `${opts.load.connections} conn × ${opts.load.duration} s, ${tokens.length} facilities`,
          tamago: `${p.rps} req/s p50 ${ms(p.p50)} p99 ${ms(p.p99)}${p.errors ? ` (${p.errors} errors)` : ''}`,
          baseline: `bare ${b.rps} req/s p99 ${ms(b.p99)}${b.errors ? ` (${b.errors} errors)` : ''}`,
          ratio: `${r}×`,
          target: e.method === 'GET' ? `≥ ${e.target}×, p99 < 50 ms` : `≥ ${e.target}×`,
        });
      }
    } finally {
      await product.stop();
      await bare.stop();
    }
    return { rows, figures };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
