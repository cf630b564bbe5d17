import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TransactionRunner, queryRows } from '@tamago/database';
import { JobProducer, OutboxRelay } from '@tamago/jobs';
import { addDays } from '@tamago/core';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { invoicesOf, issueRun, previewRun, registerIssuer } from '../billing/billing-helpers';
import { eventually, isolatedStore, settled } from '../jobs/helpers';
import { TestFacility, createActiveTenant, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { charge, mailsTo, tenantUser } from './helpers';

jest.setTimeout(180_000);

const WORKER = join(__dirname, '../../dist/apps/worker/src/main.js');
const USERS = 5;

describe('a worker killed (SIGKILL) in the middle of a reminder sweep', () => {
  let store: Awaited<ReturnType<typeof isolatedStore>>;
  let t: TestApp;
  let f: TestFacility;
  let emails: string[];
  let date: string;
  let child: ChildProcess | undefined;
  let worker: INestApplicationContext | undefined;

  const db = <T>(sql: string, params: unknown[]) =>
    t.app.get(TransactionRunner).asSystem((em) => queryRows<T & object>(em, sql, params));
  const reminders = () =>
    db<{ id: string; email_status: string }>(
      `SELECT id, email_status FROM notifications WHERE facility_id = $1 AND kind = 'invoice_due'`,
      [f.facilityId],
    );

  beforeAll(async () => {
    store = await isolatedStore('crash');
    t = await createTestApp();
    f = await createFacility(t.app, t.http, 'クラッシュ施設');
    await registerIssuer(t.http, f.adminToken);
    const tenantId = await createActiveTenant(t.http, f.adminToken, '再試行株式会社');
    emails = [];
    for (let i = 0; i < USERS; i++) emails.push((await tenantUser(t, f, tenantId)).email);
    await charge(t, f, tenantId, '2027-01', 10_000);
    // A worker for the billing run only, then gone.
    const setup = await NestFactory.createApplicationContext(WorkerModule, { logger: false, abortOnError: false });
    await setup.init();
    try {
      const run = await previewRun(t.http, f.adminToken, '2027-01');
      await issueRun(t.http, f.adminToken, run.id, '2027-01-05');
      date = addDays((await invoicesOf(t.http, f.adminToken, run.id))[0].dueDate!, -3);
    } finally {
      await setup.close();
    }
  });
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await worker?.close();
    await t.close();
    await store.drop();
  });

  it('leaves only whole reminders; the retry completes the sweep without a second mail', async () => {
    child = spawn(process.execPath, [WORKER], {
      env: { ...process.env, REMINDER_SWEEP_PAUSE_MS: '1500', JOB_LOCK_MS: '2000', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    await eventually(async () => out.includes('Tamago worker started'), `child worker start (${out})`, 60_000);

    const producer = t.app.get(JobProducer);
    const jobId = (await producer.add('reminder-sweep', { facilityId: f.facilityId, date }))!;
    await eventually(async () => (await reminders()).length >= 2, 'two reminders written by the child');
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));

    const written = await reminders();
    expect(written.length).toBeLessThan(USERS);
    // Whole reminders only: each one written has its mail in the outbox (same transaction).
    const outbox = await db<{ job_id: string }>(`SELECT job_id FROM outbox_messages WHERE facility_id = $1`, [
      f.facilityId,
    ]);
    for (const r of written) expect(outbox.map((o) => o.job_id)).toContain(`notification-${r.id}`);

    // Another worker finds the job's lock lapsed, retries it, and completes the sweep.
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false, abortOnError: false });
    await worker.init();
    const job = await settled(producer.queueOf('reminder-sweep'), jobId, 60_000);
    expect(await job.getState()).toBe('completed');
    expect(job.returnvalue.counts.invoice_due).toEqual({
      sent: USERS - written.length,
      inboxOnly: 0,
      alreadySent: written.length,
    });
    expect(await reminders()).toHaveLength(USERS);

    await worker.get(OutboxRelay).flush();
    await eventually(async () => emails.every((e) => mailsTo(t, e).length > 0), 'a mail to every user', 30_000);
    await eventually(async () => (await reminders()).every((r) => r.email_status === 'sent'), 'all recorded sent');
    for (const e of emails) expect([e, mailsTo(t, e).length]).toEqual([e, 1]);
  });
});
