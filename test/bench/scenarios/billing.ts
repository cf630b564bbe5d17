import { performance } from 'node:perf_hooks';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { BILL_PERIOD, HISTORY } from '../dataset';

const RUN_INVOICES = `SELECT * FROM invoices WHERE period = '${BILL_PERIOD}' AND billing_run_id IS NOT NULL`;

/** Undoes a platform run (not timed): its invoices, lines and runs go, charges are unbilled, counters rewind. */
export async function resetBilling(db: Client, tenants: number): Promise<void> {
  await db.query('BEGIN');
  await db.query(
    `DELETE FROM invoice_lines l USING invoices i
      WHERE l.invoice_id = i.id AND i.period = $1 AND i.billing_run_id IS NOT NULL`,
    [BILL_PERIOD],
  );
  await db.query('UPDATE charges SET invoice_id = NULL WHERE period = $1 AND invoice_id IS NOT NULL', [BILL_PERIOD]);
  await db.query('DELETE FROM invoices WHERE period = $1 AND billing_run_id IS NOT NULL', [BILL_PERIOD]);
  await db.query('DELETE FROM billing_runs WHERE period = $1', [BILL_PERIOD]);
  await db.query('UPDATE invoice_counters SET last_sequence = $1', [tenants * HISTORY.length]);
  await db.query('COMMIT');
  await db.query('VACUUM ANALYZE invoices');
  await db.query('VACUUM ANALYZE invoice_lines');
}

/** Bounded polling until `n` runs of the period reach `status` (a failed run stops the bench). */
export async function waitForRuns(db: Client, n: number, status: string): Promise<void> {
  const deadline = Date.now() + 3 * 3_600_000;
  for (;;) {
    const { rows } = await db.query<{ status: string; count: string; error: string | null }>(
      `SELECT status, count(*) AS count, max(summary->>'error') AS error FROM billing_runs WHERE period = $1 GROUP BY status`,
      [BILL_PERIOD],
    );
    const failed = rows.find((r) => r.status === 'failed');
    const jobs = await failedJobs();
    if (jobs) throw new Error(`billing job failed: ${jobs}`);
    if (failed) throw new Error(`billing run failed: ${failed.error}`);
    if (Number(rows.find((r) => r.status === status)?.count ?? 0) >= n) return;
    if (Date.now() > deadline) throw new Error(`runs stuck: ${JSON.stringify(rows)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function failedJobs(): Promise<string | null> {
  const u = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const queue = new Queue('billing', {
    connection: { host: u.hostname, port: Number(u.port || 6379) },
    prefix: process.env.REDIS_PREFIX,
  });
  try {
    const [job] = await queue.getFailed(0, 0);
    return job ? `${job.name}: ${job.failedReason}` : null;
  } finally {
    await queue.close();
  }
}

/** What the run wrote: counts and a checksum of (tenant, number, total), to compare two runs. */
export async function billingChecksum(db: Client): Promise<{ invoices: number; lines: number; checksum: string }> {
  const { rows } = await db.query(
    `SELECT count(*)::int AS invoices, md5(string_agg(i.tenant_id || ':' || i.number || ':' || i.total || ':' || i.status, ',' ORDER BY i.tenant_id)) AS checksum,
            (SELECT count(*)::int FROM invoice_lines l JOIN invoices j ON j.id = l.invoice_id
              WHERE j.period = $1 AND j.billing_run_id IS NOT NULL) AS lines
       FROM invoices i WHERE i.period = $1 AND i.billing_run_id IS NOT NULL`,
    [BILL_PERIOD],
  );
  return rows[0];
}

async function copyOut(db: Client, sql: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = db.query(copyTo(`COPY (${sql}) TO STDOUT`));
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function copyIn(db: Client, table: string, data: Buffer): Promise<void> {
  const stream = db.query(copyFrom(`COPY ${table} FROM STDIN`));
  await new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
    stream.end(data);
  });
}

/**
 * The write limit for the same rows: COPY of the run's invoices and lines into tables shaped like
 * them (same columns, indexes and constraints), from a fresh client (its start counted), committed.
 */
export async function billingBaseline(db: Client): Promise<number> {
  const invoices = await copyOut(db, RUN_INVOICES);
  const lines = await copyOut(
    db,
    `SELECT l.* FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id WHERE i.period = '${BILL_PERIOD}' AND i.billing_run_id IS NOT NULL`,
  );
  await db.query('DROP TABLE IF EXISTS bench_copy_lines, bench_copy_invoices');
  await db.query('CREATE TABLE bench_copy_invoices (LIKE invoices INCLUDING ALL)');
  await db.query('CREATE TABLE bench_copy_lines (LIKE invoice_lines INCLUDING ALL)');
  const t0 = performance.now();
  const client = new Client(connectionOf(db));
  await client.connect();
  await client.query('BEGIN');
  await copyIn(client, 'bench_copy_invoices', invoices);
  await copyIn(client, 'bench_copy_lines', lines);
  await client.query('COMMIT');
  await client.end();
  const ms = performance.now() - t0;
  await db.query('DROP TABLE bench_copy_lines, bench_copy_invoices');
  return ms;
}

function connectionOf(db: Client): { connectionString: string } {
  return { connectionString: process.env.DATABASE_URL ?? `postgres://${db.user}@${db.host}:${db.port}/${db.database}` };
}
