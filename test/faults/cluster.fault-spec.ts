import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { SmtpSink } from '../support/smtp-sink';
import { Proc, cli, productEnv, startApi, startWorker } from './support/processes';
import { FaultCounter } from './support/report';
import { SeededFacility, addJob, bearer, eventually, gapFree, seedFacility } from './support/seed';
import { FaultStores } from './support/stores';

jest.setTimeout(240_000);

const TENANTS = 4;
const PERIOD = '2027-01';

interface Outcome {
  kind: 'write' | 'read';
  status: number;
  body: { code?: string; status?: number; type?: string; id?: string };
  description?: string;
}

/**
 * Two API and two worker processes on one database and Redis (issues 11 and 14): duplicate
 * requests racing through both APIs have one effect, a schedule fired twice starts once; Redis
 * restarted while work is queued and running, PostgreSQL backends terminated and the server stopped
 * under load, and the processes recover by themselves; SIGTERM drains the requests and jobs in
 * flight; then the database is backed up and restored into a fresh one.
 */
describe('faults: two APIs and two workers; duplicates, Redis and PostgreSQL failing, SIGTERM, backup and restore', () => {
  const stores = new FaultStores('cluster');
  const smtp = new SmtpSink();
  const faults = new FaultCounter('cluster');
  let env: NodeJS.ProcessEnv;
  let apis: Proc[] = [];
  let workers: Proc[] = [];
  let f: SeededFacility;

  const mailsTo = (email: string) =>
    smtp.messages.filter((m) => JSON.stringify(m.to).toLowerCase().includes(email.toLowerCase()));
  const api = (i: number) => apis[i % apis.length].http;
  let seq = 0;
  /** Ends the running load (also after a failed case, so it does not run on into the next). */
  let release: () => void = () => undefined;
  afterEach(() => release());

  /** `clients` parallel loops of a charge write and an invoice-list read until `stop` resolves. */
  async function load(clients: number, stop: Promise<unknown>): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    let done = false;
    void stop.then(() => (done = true));
    const loop = async (c: number) => {
      while (!done) {
        const description = `負荷 ${c}-${++seq}`;
        const w = await api(c)
          .post('/api/v1/charges')
          .set(bearer(f.token))
          .send({
            tenantId: f.tenants[c % f.tenants.length].id,
            period: '2027-03',
            description,
            quantity: 1,
            unitPrice: 1000,
            taxCategory: 'out_of_scope',
          })
          .timeout(20_000)
          .catch((e: { status?: number }) => ({ status: e.status ?? 0, body: {} }));
        outcomes.push({ kind: 'write', status: w.status, body: w.body, description });
        const r = await api(c)
          .get('/api/v1/invoices')
          .set(bearer(f.token))
          .timeout(20_000)
          .catch((e: { status?: number }) => ({ status: e.status ?? 0, body: {} }));
        outcomes.push({ kind: 'read', status: r.status, body: r.body });
      }
    };
    await Promise.all(Array.from({ length: clients }, (_, c) => loop(c)));
    return outcomes;
  }

  /** Every write answered 201 is stored whole (with its audit event); every refused one left nothing. */
  async function checkWrites(outcomes: Outcome[]): Promise<{ lost: number; doubled: number; refused: number }> {
    const writes = outcomes.filter((o) => o.kind === 'write');
    const rows = await stores.sql<{ id: string; description: string; audited: boolean }>(
      `SELECT c.id, c.description, EXISTS (SELECT 1 FROM audit_events a WHERE a.entity_id = c.id::text) AS audited
         FROM charges c WHERE c.facility_id = $1 AND c.period = '2027-03'`,
      [f.facilityId],
    );
    const stored = new Map<string, number>();
    for (const r of rows) stored.set(r.description, (stored.get(r.description) ?? 0) + 1);
    let lost = 0;
    let doubled = 0;
    for (const w of writes) {
      const n = stored.get(w.description!) ?? 0;
      if (w.status === 201 && n === 0) lost += 1;
      if (n > 1) doubled += 1;
      if (w.status !== 201 && n > 0) doubled += 1; // refused, yet written: a partial or phantom write
    }
    expect(rows.every((r) => r.audited)).toBe(true);
    return { lost, doubled, refused: writes.filter((w) => w.status !== 201).length };
  }

  const health = () => apis[0].http.get('/health').timeout(10_000);

  beforeAll(async () => {
    await stores.start();
    env = productEnv(stores, await smtp.start());
    // api-b is stopped under load: a grace period that covers a busy machine's slow connects (the requests
    // are sent before SIGTERM; on a 2-core machine shared by many jobs they can take seconds to arrive).
    apis = await Promise.all([startApi(env, 'api-a'), startApi({ ...env, SHUTDOWN_GRACE_MS: '5000' }, 'api-b')]);
    workers = await Promise.all([
      startWorker({ ...env, JOB_STEP_PAUSE_MS: '300', BILLING_ISSUE_CHUNK: '1' }, 'worker-a'),
      startWorker({ ...env, JOB_STEP_PAUSE_MS: '300', BILLING_ISSUE_CHUNK: '1' }, 'worker-b'),
    ]);
    f = await seedFacility(env, stores, apis[0].http, {
      name: '二重試験施設',
      tenants: TENANTS,
      period: PERIOD,
      invoiceMail: true,
    });
  });
  afterAll(async () => {
    for (const p of [...workers, ...apis]) await p.kill();
    await smtp.stop();
    await stores.stop();
    faults.write();
  });

  it('a double-clicked billing issue through both APIs issues each invoice once, numbers gap-free, one mail each', async () => {
    const started = await Promise.all(
      [0, 1].map((i) => api(i).post('/api/v1/billing-runs').set(bearer(f.token)).send({ period: PERIOD })),
    );
    expect(started.map((r) => r.status)).toEqual([201, 201]);
    expect(started[1].body.id).toBe(started[0].body.id);
    const runId = started[0].body.id as string;
    await eventually(
      async () => (await api(0).get(`/api/v1/billing-runs/${runId}`).set(bearer(f.token))).body.status === 'previewed',
      'the preview',
    );
    const clicks = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        api(i).post(`/api/v1/billing-runs/${runId}/issue`).set(bearer(f.token)).send({ issueDate: '2027-01-05' }),
      ),
    );
    faults.inject('6 concurrent issue requests of one billing run through 2 APIs');
    expect(clicks.every((c) => c.status === 202 || c.status === 409)).toBe(true);
    expect(clicks.some((c) => c.status === 202)).toBe(true);
    await eventually(
      async () => (await api(1).get(`/api/v1/billing-runs/${runId}`).set(bearer(f.token))).body.status === 'issued',
      'the run issued',
      60_000,
    );
    const invoices = await stores.sql<{ number: string; tenant_id: string }>(
      `SELECT number, tenant_id FROM invoices WHERE facility_id = $1 AND number IS NOT NULL`,
      [f.facilityId],
    );
    expect(invoices).toHaveLength(TENANTS);
    expect(new Set(invoices.map((i) => i.tenant_id)).size).toBe(TENANTS);
    expect(gapFree(invoices.map((i) => i.number))).toBe(true);
    const runs = await stores.sql(`SELECT id FROM billing_runs WHERE facility_id = $1`, [f.facilityId]);
    expect(runs).toHaveLength(1);
    const emails = f.tenants.map((t) => t.billingEmail);
    await eventually(async () => emails.every((e) => mailsTo(e).length >= 1), 'the invoice mails', 60_000);
    await new Promise((r) => setTimeout(r, 2500));
    for (const e of emails) expect([e, mailsTo(e).length]).toEqual([e, 1]);
    faults.verify({ lost: 0, doubled: 0 });
  });

  it('one Idempotency-Key sent 10 times at once through both APIs records one payment', async () => {
    const key = `pay-${Date.now()}`;
    const body = { tenantId: f.tenants[0].id, amount: 5_000, paidOn: '2027-01-20', method: 'bank_transfer' };
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api(i).post('/api/v1/payments').set(bearer(f.token)).set('Idempotency-Key', key).send(body),
      ),
    );
    faults.inject('10 concurrent payments with one Idempotency-Key through 2 APIs');
    expect(answers.map((a) => a.status).filter((s) => s !== 201)).toEqual([]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const rows = await stores.sql(`SELECT id FROM payments WHERE facility_id = $1 AND amount = 5000`, [f.facilityId]);
    expect(rows).toHaveLength(1);
    faults.verify({ lost: 0, doubled: rows.length - 1 });
  });

  it('the same schedule fired twice at once, on two workers, starts each occasion once', async () => {
    // 09:05 in Asia/Tokyo: the daily reminder sweep is due.
    const at = '2026-12-02T00:05:00.000Z';
    await Promise.all([0, 1].map(() => addJob(stores, 'facility-tick', { facilityId: f.facilityId, at })));
    faults.inject('one facility tick fired twice at once on 2 workers');
    const occasions = await eventually(async () => {
      const rows = await stores.sql<{ kind: string; occasion: string }>(
        `SELECT kind, occasion::text FROM schedule_runs WHERE facility_id = $1`,
        [f.facilityId],
      );
      return rows.length > 0 && rows;
    }, 'the occasion started');
    await new Promise((r) => setTimeout(r, 2000));
    const again = await stores.sql<{ kind: string; n: string }>(
      `SELECT kind, count(*) AS n FROM schedule_runs WHERE facility_id = $1 GROUP BY kind`,
      [f.facilityId],
    );
    expect(again.every((r) => Number(r.n) === 1)).toBe(true);
    expect(occasions.map((o) => o.kind)).toContain('reminder-sweep');
    const sweeps = await stores.sql(
      `SELECT id FROM outbox_messages WHERE facility_id = $1 AND job_name = 'reminder-sweep'`,
      [f.facilityId],
    );
    expect(sweeps).toHaveLength(1);
    faults.verify({ lost: 0, doubled: 0 });
  });

  it('Redis restarted while reports are queued and building: reads go on, /health says degraded, work resumes', async () => {
    const ask = (type: string, format: string) =>
      apis[0].http.post('/api/v1/reports').set(bearer(f.token)).send({ type, period: '2026-11', format }).expect(202);
    const first = await ask('monthly-occupancy', 'pdf');
    await eventually(async () => {
      const r = await apis[0].http.get(`/api/v1/reports/${first.body.id}`).set(bearer(f.token));
      return r.body.status === 'running';
    }, 'the first report building');

    await stores.stopRedis();
    faults.inject('Redis stopped while a report builds');
    // The API answers reads; writes whose follow-up goes through the outbox are accepted too.
    const reads = await Promise.all([
      apis[0].http.get('/api/v1/invoices').set(bearer(f.token)).timeout(10_000),
      apis[0].http.get('/api/v1/tenants').set(bearer(f.token)).timeout(10_000),
      apis[0].http.get(`/api/v1/reports/${first.body.id}`).set(bearer(f.token)).timeout(10_000),
    ]);
    expect(reads.map((r) => r.status)).toEqual([200, 200, 200]);
    const h = await health();
    expect(h.status).toBe(200);
    expect(h.body.info.database.status).toBe('up');
    expect(h.body.info.background).toMatchObject({ available: false });
    expect(h.body.info.background.message).toMatch(/background work unavailable/);
    const queuedWhileDown = [await ask('revenue-arrears', 'csv'), await ask('support-activity', 'xlsx')];
    await new Promise((r) => setTimeout(r, 3000));

    await stores.startRedis();
    await eventually(async () => (await health()).body.info?.background?.available === true, '/health up again');
    const ids = [first, ...queuedWhileDown].map((r) => r.body.id as string);
    await eventually(
      async () => {
        const states = await Promise.all(
          ids.map(async (id) => (await apis[0].http.get(`/api/v1/reports/${id}`).set(bearer(f.token))).body.status),
        );
        return states.every((s) => s === 'done');
      },
      'the queued and the interrupted reports done after Redis returned',
      90_000,
    );
    for (const id of ids) {
      const file = await apis[0].http.get(`/api/v1/reports/${id}/file`).set(bearer(f.token));
      expect([id, file.status]).toEqual([id, 200]);
    }
    expect(workers.every((w) => w.alive)).toBe(true);
    faults.verify({ lost: 0, doubled: 0 });
  });

  it('PostgreSQL backends terminated under load: in-flight requests answer 503, nothing partial, no restart needed', async () => {
    const stop = new Promise<void>((r) => (release = r));
    const running = load(4, stop);
    await new Promise((r) => setTimeout(r, 1500));
    for (let round = 0; round < 3; round++) {
      await stores.sql(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = 'tamago' AND pid <> pg_backend_pid()`,
      );
      faults.inject('pg_terminate_backend on every API and worker connection');
      await new Promise((r) => setTimeout(r, 700));
    }
    await new Promise((r) => setTimeout(r, 1500));
    release();
    const outcomes = await running;

    const statuses = new Set(outcomes.map((o) => o.status));
    if (statuses.has(500)) console.log(apis.map((p) => p.output.slice(-3000)).join('\n'));
    expect([...statuses].filter((s) => ![200, 201, 503].includes(s))).toEqual([]);
    for (const o of outcomes.filter((x) => x.status === 503))
      expect(o.body).toMatchObject({ status: 503, code: 'unavailable' });
    const found = await checkWrites(outcomes);
    expect(found).toMatchObject({ lost: 0, doubled: 0 });
    // Recovered without a restart: the same processes answer and write.
    const after = await apis[0].http.get('/api/v1/invoices').set(bearer(f.token));
    expect(after.status).toBe(200);
    expect((await health()).body.info.database.status).toBe('up');
    expect([...apis, ...workers].every((p) => p.alive)).toBe(true);
    console.log(
      `terminated backends: ${outcomes.length} requests, ${found.refused} writes refused with 503, ` +
        `${outcomes.filter((o) => o.status === 503).length} answers 503 in all`,
    );
    faults.verify(found);
  });

  it('PostgreSQL stopped for a few seconds under load: 503 while down, back by itself, worker too', async () => {
    const stop = new Promise<void>((r) => (release = r));
    const running = load(3, stop);
    await new Promise((r) => setTimeout(r, 1000));
    stores.stopPostgres();
    faults.inject('PostgreSQL stopped (pg_ctl stop -m fast) for 3 s');
    await new Promise((r) => setTimeout(r, 1000));
    const down = await health();
    expect(down.status).toBe(503);
    await new Promise((r) => setTimeout(r, 2000));
    stores.startPostgres();
    await eventually(async () => (await health()).status === 200, '/health up after PostgreSQL returned', 30_000);
    // Each worker's outbox relay listens again (it polled meanwhile).
    await eventually(
      async () =>
        (
          await stores.sql<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'tamago-outbox' AND query ILIKE 'LISTEN%'`,
          )
        )[0].n === workers.length,
      'the outbox relays listening again',
      20_000,
    );
    await new Promise((r) => setTimeout(r, 1500));
    release();
    const outcomes = await running;

    const statuses = outcomes.map((o) => o.status);
    expect(statuses.filter((s) => ![200, 201, 503].includes(s))).toEqual([]);
    expect(statuses).toContain(503);
    for (const o of outcomes.filter((x) => x.status === 503))
      expect(o.body).toMatchObject({ status: 503, code: 'unavailable' });
    // The last requests of every client succeeded again.
    expect(outcomes.slice(-6).every((o) => o.status === 200 || o.status === 201)).toBe(true);
    const found = await checkWrites(outcomes);
    expect(found).toMatchObject({ lost: 0, doubled: 0 });

    // The worker recovered as well: a report asked for now is built.
    const report = await apis[0].http
      .post('/api/v1/reports')
      .set(bearer(f.token))
      .send({ type: 'monthly-occupancy', period: '2026-10', format: 'csv' })
      .expect(202);
    await eventually(
      async () =>
        (await apis[0].http.get(`/api/v1/reports/${report.body.id}`).set(bearer(f.token))).body.status === 'done',
      'a report built after PostgreSQL returned',
      60_000,
    );
    expect([...apis, ...workers].every((p) => p.alive)).toBe(true);
    console.log(`PostgreSQL stopped: ${outcomes.length} requests, ${found.refused} writes refused with 503`);
    faults.verify(found);
  });
  it('SIGTERM under load: the API finishes the requests in flight and exits 0; the worker finishes its job', async () => {
    // The API: 12 reads in flight (invoice PDFs, rendered per request) when SIGTERM arrives.
    const [inv] = await stores.sql<{ id: string }>(`SELECT id FROM invoices WHERE facility_id = $1 LIMIT 1`, [
      f.facilityId,
    ]);
    const b = apis[1];
    const inflight = Array.from({ length: 12 }, () =>
      b.http
        .get(`/api/v1/invoices/${inv.id}/pdf`)
        .set(bearer(f.token))
        .timeout(30_000)
        .then(
          (r) => r.status,
          (e: { code?: string }) => e.code ?? 'error',
        ),
    );
    await new Promise((r) => setTimeout(r, 150));
    const exit = b.terminate();
    faults.inject('SIGTERM to an API with 12 requests in flight');
    const statuses = await Promise.all(inflight);
    expect(statuses).toEqual(Array(12).fill(200));
    expect((await exit).code).toBe(0);
    apis = [apis[0]];

    // The worker: a report building (a pause per step) when SIGTERM arrives; it finishes, then exits.
    await workers[1].terminate();
    workers = [workers[0]];
    const report = await api(0)
      .post('/api/v1/reports')
      .set(bearer(f.token))
      .send({ type: 'revenue-arrears', period: '2026-11', format: 'pdf' })
      .expect(202);
    await eventually(
      async () =>
        (await api(0).get(`/api/v1/reports/${report.body.id}`).set(bearer(f.token))).body.status === 'running',
      'the report building',
    );
    const w = workers[0];
    const exited = await w.terminate();
    faults.inject('SIGTERM to a worker with a report building');
    expect(exited.code).toBe(0);
    const after = await api(0).get(`/api/v1/reports/${report.body.id}`).set(bearer(f.token));
    expect(after.body).toMatchObject({ status: 'done', progress: 100 });
    workers = [];
    faults.verify({ lost: 0, doubled: 0 });
  });

  it('backup, then restore into a fresh database: invoice totals, numbering and attachments match', async () => {
    // An attachment (subsidy evidence) to carry over.
    const program = await api(0)
      .post('/api/v1/subsidy-programs')
      .set(bearer(f.token))
      .send({
        name: 'ものづくり補助金',
        agency: '中小企業庁',
        subsidyRate: '2/3',
        maxAmount: 10_000_000,
        rounds: [{ name: '第18回', opensOn: '2027-04-01', closesOn: '2027-05-31', projectDeadline: '2028-01-31' }],
      })
      .expect(201);
    const application = await api(0)
      .post('/api/v1/subsidy-applications')
      .set(bearer(f.token))
      .send({
        tenantId: f.tenants[0].id,
        programId: program.body.id,
        roundId: program.body.rounds[0].id,
        requestedAmount: 9_000_000,
      })
      .expect(201);
    const content = Buffer.from('%PDF-1.4 見積書 backup');
    await api(0)
      .post(`/api/v1/subsidy-applications/${application.body.id}/attachments`)
      .set(bearer(f.token))
      .field('purpose', 'quotes')
      .attach('file', content, { filename: '見積書.pdf', contentType: 'application/pdf' })
      .expect(201);

    const file = join(stores.home, 'tamago.dump');
    const written = cli(env, 'backup', '--out', file);
    expect(written).toMatch(/Wrote .*tamago\.dump/);
    const restoredEnv = { ...env, DATABASE_URL: stores.url('tamago_restored') };
    expect(cli(restoredEnv, 'restore', '--from', file)).toMatch(/Restored/);
    faults.inject('backup and restore into a fresh database');

    const snapshot = (db: string) =>
      Promise.all([
        stores.sql(
          `SELECT number, status, subtotal, tax, total FROM invoices WHERE number IS NOT NULL ORDER BY number`,
          [],
          db,
        ),
        stores.sql(`SELECT count(*)::int AS n, coalesce(sum(total), 0)::bigint AS total FROM invoices`, [], db),
        stores.sql(`SELECT * FROM invoice_counters ORDER BY 1, 2`, [], db),
        stores.sql(
          `SELECT id, filename, size_bytes, encode(sha256(data), 'hex') AS sha FROM attachments ORDER BY id`,
          [],
          db,
        ),
        stores.sql(`SELECT id, amount FROM payments ORDER BY id`, [], db),
        stores.sql(`SELECT name FROM migrations ORDER BY id`, [], db),
      ]);
    const [original, restored] = [await snapshot('tamago'), await snapshot('tamago_restored')];
    expect(restored).toEqual(original);
    const attachments = restored[3] as { sha: string }[];
    expect(attachments.map((a) => a.sha)).toContain(createHash('sha256').update(content).digest('hex'));
    expect((restored[0] as unknown[]).length).toBe(TENANTS);

    // The restored database is one the product runs on: it is up to date and the API serves it.
    expect(cli(restoredEnv, 'migrate')).toMatch(/up to date/);
    // Restoring over a database that holds data is refused unless told (--clean).
    expect(() => cli(restoredEnv, 'restore', '--from', file)).toThrow(/not empty/);
    expect(cli(restoredEnv, 'restore', '--from', file, '--clean')).toMatch(/Restored/);
    expect(await snapshot('tamago_restored')).toEqual(original);
    faults.verify({ lost: 0, doubled: 0 });
  });
});
