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

/**
 * Two API and two worker processes on one database and Redis (issue 14): duplicate requests
 * racing through both APIs have one effect, a schedule fired twice starts once, SIGTERM drains the
 * requests and jobs in flight; then the database is backed up and restored into a fresh one.
 */
describe('faults: two APIs and two workers, duplicates, SIGTERM, backup and restore', () => {
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

  beforeAll(async () => {
    await stores.start();
    env = productEnv(stores, await smtp.start());
    apis = await Promise.all([startApi(env, 'api-a'), startApi(env, 'api-b')]);
    workers = await Promise.all([
      startWorker({ ...env, JOB_STEP_PAUSE_MS: '300' }, 'worker-a'),
      startWorker({ ...env, JOB_STEP_PAUSE_MS: '300' }, 'worker-b'),
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
