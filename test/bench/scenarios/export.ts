import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { PASSWORD, ids } from '../dataset';
import { API_MAIN, freePort, serve } from '../support/processes';
import { Row } from '../support/table';

/** A process's resident set now and at its peak (VmRSS, VmHWM of /proc/<pid>/status), in MB. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

/**
 * Scenario 5: the accountant's CSV of every invoice of facility 1 (the data set gives it
 * `expectedRows` more), streamed through the compiled API's real route in a process of its own,
 * read by this process as it arrives (nothing kept). Measured: time to the last byte, rows, and the
 * API process's peak resident memory (VmHWM, which covers its start as well). Baseline: `COPY` of
 * the same rows out of PostgreSQL as CSV, read the same way: what the database alone takes.
 */
export async function exportScenario(opts: {
  env: Record<string, string>;
  expectedRows: number;
}): Promise<{ row: Row; figures: Record<string, unknown> }> {
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const facility = ids.facility(1);
  const api = await serve([API_MAIN], opts.env, await freePort(), '/health');
  try {
    const pid = api.child.pid!;
    const { rows: counted } = await db.query(
      `SELECT count(*)::int AS n FROM invoices WHERE facility_id = $1 AND status <> 'draft'`,
      [facility],
    );
    const expected: number = counted[0].n;
    const login = await fetch(`${api.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ids.staffEmail(1), password: PASSWORD }),
    });
    if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const before = memoryOf(pid);
    let sampledPeak = before.rss;
    const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, memoryOf(pid).rss)), 100);
    const t0 = performance.now();
    let lines = 0;
    let bytes = 0;
    try {
      const res = await fetch(`${api.url}/api/v1/invoices/export.csv`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      if (!res.ok || !res.body) throw new Error(`export: ${res.status} ${await res.text()}`);
      for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines += 1;
      }
    } finally {
      clearInterval(sampler);
    }
    const ms = performance.now() - t0;
    const after = memoryOf(pid);
    const rows = lines - 1;
    if (rows !== expected) throw new Error(`export streamed ${rows} rows, the facility has ${expected}`);
    const copyMs = await copyBaseline(facility);
    const seconds = Math.round(ms) / 1000;
    const peak = Math.max(after.peak, sampledPeak);
    return {
      row: {
        scenario: '5 export',
        measure: `CSV of ${rows} invoices (${Math.round(bytes / 1048576)} MB), one facility`,
        tamago: `${seconds} s (${Math.round(rows / (ms / 1000))} rows/s), API peak RSS ${peak} MB`,
        baseline: `COPY … CSV ${Math.round(copyMs) / 1000} s`,
        ratio: `${Math.round((ms / copyMs) * 100) / 100}× COPY time`,
        target: '< 256 MB peak',
      },
      figures: {
        rows,
        expectedExtraRows: opts.expectedRows,
        bytes,
        seconds,
        rowsPerSecond: Math.round(rows / (ms / 1000)),
        apiRssBeforeMb: before.rss,
        apiPeakRssMb: peak,
        copySeconds: Math.round(copyMs) / 1000,
        timesCopy: Math.round((ms / copyMs) * 100) / 100,
      },
    };
  } finally {
    await api.stop();
    await db.end();
  }
}

/** `COPY (the same rows) TO STDOUT CSV` from a fresh client, read as it arrives. */
async function copyBaseline(facility: string): Promise<number> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  const t0 = performance.now();
  await client.connect();
  try {
    const stream = client.query(
      copyTo(`COPY (SELECT i.number, i.kind, i.status, i.period, i.issue_date, i.due_date, i.recipient_name, i.subtotal,
                    i.tax, i.total, i.amount_paid, i.amount_credited, o.number, i.voided_at
               FROM invoices i LEFT JOIN invoices o ON o.id = i.original_invoice_id
              WHERE i.facility_id = '${facility}' AND i.status <> 'draft'
              ORDER BY i.issue_date, i.sequence NULLS LAST, i.id) TO STDOUT WITH (FORMAT csv, HEADER)`),
    );
    for await (const _chunk of stream) void _chunk;
    return performance.now() - t0;
  } finally {
    await client.end();
  }
}
