import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TransactionRunner, queryRows } from '@tamago/database';
import { JobProducer, OutboxRelay, SendEmailPayload } from '@tamago/jobs';
import { MailDeliveryService, NotificationService } from '@tamago/notifications';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { eventually, isolatedStore, settled } from '../jobs/helpers';
import { TestFacility, createFacility, uniqueEmail } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';

jest.setTimeout(180_000);

const WORKER = join(__dirname, '../../dist/apps/worker/src/main.js');
/** MAIL_LANES of the batch job: the most mails a killed worker can have accepted and not recorded. */
const LANES = 5;

/**
 * Notification mails leave the outbox in batches (`send-email-batch`, one job per up to 50 mails of a
 * facility) with the guarantees of one job per mail: a refused or failing address does not stop or
 * double the others, a batch relayed twice or run by two workers sends each mail once, and a worker
 * killed in the middle of a batch leaves the mails sent so far recorded, so the retry sends only the
 * rest (at most one mail per lane in the documented accepted-but-not-recorded window).
 */
describe('mail batches', () => {
  let store: Awaited<ReturnType<typeof isolatedStore>>;
  let t: TestApp;
  let f: TestFacility;
  let child: ChildProcess | undefined;
  let worker: INestApplicationContext | undefined;

  const db = <T>(sql: string, params: unknown[]) =>
    t.app.get(TransactionRunner).asSystem((em) => queryRows<T & object>(em, sql, params));
  const statuses = (ids: string[], of: TestFacility = f) =>
    db<{ id: string; email: string; email_status: string }>(
      `SELECT id, email, email_status FROM notifications WHERE facility_id = $1 AND id = ANY($2::uuid[])`,
      [of.facilityId, ids],
    );
  const mailsTo = (email: string) =>
    t.smtp.messages.filter((m) => JSON.stringify(m.to).toLowerCase().includes(email.toLowerCase())).length;

  /** `n` reminder-like notifications to bare addresses, written as the sweep writes them (one transaction). */
  async function notify(label: string, n: number, of: TestFacility = f): Promise<{ id: string; email: string }[]> {
    const emails = Array.from({ length: n }, (_, i) => uniqueEmail(`${label}${i}`));
    const outcomes = await t.app.get(TransactionRunner).inFacility(of.facilityId, (em) =>
      t.app.get(NotificationService).notifyManyIn(
        em,
        of.facilityId,
        emails.map((email, i) => ({
          kind: 'invoice_due' as const,
          dedupeKey: `batch-test:${label}:${i}`,
          recipient: { userId: null, email, name: `宛先 ${i}`, locale: 'ja' },
          params: {
            facilityName: 'バッチ施設',
            invoiceNumber: `INV-${label}-${i}`,
            amount: 1000,
            dueDate: '2027-01-31',
          },
        })),
      ),
    );
    return outcomes.map((o, i) => {
      if (!o.created) throw new Error('not created');
      return { id: o.id, email: emails[i].toLowerCase() };
    });
  }

  /** The outbox payloads of these notifications (what the relay puts into a batch). */
  async function payloadsOf(ids: string[]): Promise<SendEmailPayload[]> {
    const rows = await db<{ payload: SendEmailPayload }>(
      `SELECT payload FROM outbox_messages WHERE facility_id = $1 AND job_id = ANY($2::text[])`,
      [f.facilityId, ids.map((id) => `notification-${id}`)],
    );
    return rows.map((r) => r.payload);
  }

  async function startWorker(): Promise<INestApplicationContext> {
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false, abortOnError: false });
    await worker.init();
    return worker;
  }

  beforeAll(async () => {
    store = await isolatedStore('mailbatch');
    t = await createTestApp(); // the API alone; each test starts the worker it needs
    f = await createFacility(t.app, t.http, 'バッチ施設');
  });
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await worker?.close();
    await t.close();
    await store.drop();
  });

  it('a worker killed mid-batch: the mails recorded sent are not sent again, the retry sends the rest once', async () => {
    const written = await notify('crash', 12);
    child = spawn(process.execPath, [WORKER], {
      env: { ...process.env, MAIL_BATCH_PAUSE_MS: '800', JOB_LOCK_MS: '2000', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    await eventually(async () => out.includes('Tamago worker started'), `child worker start (${out})`, 60_000);
    // Killed once some mails of the batch are recorded sent (five lanes, each pausing after its record).
    await eventually(
      async () => (await statuses(written.map((w) => w.id))).filter((s) => s.email_status === 'sent').length >= 2,
      'some mails of the batch recorded sent',
      60_000,
    );
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    const atKill = await statuses(written.map((w) => w.id));
    const recorded = atKill.filter((s) => s.email_status === 'sent');
    expect(recorded.length).toBeLessThan(written.length);
    for (const r of recorded) expect([r.email, mailsTo(r.email)]).toEqual([r.email, 1]);

    // Another worker finds the batch's lock lapsed, retries it and sends what was not recorded.
    await startWorker();
    await eventually(
      async () => (await statuses(written.map((w) => w.id))).every((s) => s.email_status === 'sent'),
      'every mail recorded sent after the retry',
      90_000,
    );
    await worker!.get(OutboxRelay).flush();
    await new Promise((r) => setTimeout(r, 1500));
    // Mails recorded before the kill: once. The others: at least once; a second copy only for a mail the
    // server had accepted and the killed worker had not recorded yet — at most one per lane.
    for (const r of recorded) expect([r.email, mailsTo(r.email)]).toEqual([r.email, 1]);
    const rest = written.filter((w) => !recorded.some((r) => r.id === w.id));
    for (const w of rest) expect(mailsTo(w.email)).toBeGreaterThanOrEqual(1);
    for (const w of rest) expect(mailsTo(w.email)).toBeLessThanOrEqual(2);
    expect(rest.filter((w) => mailsTo(w.email) === 2).length).toBeLessThanOrEqual(LANES);
    await worker!.close();
    worker = undefined;
  });

  it('one refused and one deferred address in a batch: the others go once each, without waiting', async () => {
    const written = await notify('mixed', 10);
    const refused = written[3];
    const deferred = written[6];
    t.smtp.refused.add(refused.email);
    t.smtp.deferred.add(deferred.email);
    const w = await startWorker();
    const others = written.filter((x) => x !== refused && x !== deferred);
    await eventually(async () => others.every((o) => mailsTo(o.email) === 1), 'a mail to each other address', 30_000);
    await eventually(
      async () =>
        (await statuses(others.map((o) => o.id))).every((s) => s.email_status === 'sent') &&
        (await statuses([refused.id]))[0].email_status === 'suppressed',
      'outcomes recorded',
    );
    // The refused address is suppressed for the facility and tried once.
    const suppressions = await db<{ email: string }>(
      `SELECT email FROM mail_suppressions WHERE facility_id = $1 AND email = $2`,
      [f.facilityId, refused.email],
    );
    expect(suppressions).toHaveLength(1);
    expect(t.smtp.attempts.get(refused.email)).toBe(1);
    expect(mailsTo(refused.email)).toBe(0);

    // The batch completed; the deferred mail was handed to a send-email job of its own, still queued.
    const queue = w.get(JobProducer).queueOf('send-email-batch');
    const batches = (await queue.getJobs(['completed'])).filter((j) => j.name === 'send-email-batch');
    const mine = batches.find((j) => (j.data.mails as SendEmailPayload[]).some((m) => m.deliveryKey === refused.id));
    expect(mine?.returnvalue).toEqual({ sent: 8, alreadySent: 0, suppressed: 1, handedOver: 1 });
    expect((await statuses([deferred.id]))[0].email_status).toBe('queued');
    const retry = await queue.getJob(`mail-retry-${deferred.id}`);
    expect(retry?.name).toBe('send-email');

    // Once the mailbox takes mail again, the handed-over job delivers it, once.
    t.smtp.deferred.delete(deferred.email);
    const done = await settled(queue, `mail-retry-${deferred.id}`, 90_000);
    expect(await done.getState()).toBe('completed');
    expect(mailsTo(deferred.email)).toBe(1);
    expect((await statuses([deferred.id]))[0].email_status).toBe('sent');
    for (const o of others) expect(mailsTo(o.email)).toBe(1);
  });

  it('the same mails relayed twice and in two batches at once are sent once each', async () => {
    const written = await notify('dup', 8);
    const producer = worker!.get(JobProducer);
    const mails = await payloadsOf(written.map((x) => x.id));
    expect(mails).toHaveLength(8);
    // As a relay that died between adding and marking: the same batch again (same id, one job), and a
    // regrouped one holding some of the same mails (another id), beside the relay's own batch.
    const first = await producer.add('send-email-batch', { facilityId: f.facilityId, mails });
    const again = await producer.add('send-email-batch', { facilityId: f.facilityId, mails });
    expect(again).toBe(first);
    const regrouped = await producer.add(
      'send-email-batch',
      { facilityId: f.facilityId, mails: mails.slice(2) },
      { id: 'mail-batch-regrouped' },
    );
    const queue = producer.queueOf('send-email-batch');
    for (const id of [first!, regrouped!])
      expect(await (await settled(queue, id, 60_000)).getState()).toBe('completed');
    await worker!.get(OutboxRelay).flush();
    await eventually(
      async () => (await statuses(written.map((x) => x.id))).every((s) => s.email_status === 'sent'),
      'all recorded sent',
    );
    // Mails held by one batch while another ran were handed over and found recorded: wait for those too.
    await eventually(
      async () => (await queue.getJobCounts('active', 'waiting', 'delayed')).delayed === 0,
      'handed-over mails settled',
      60_000,
    );
    for (const x of written) expect([x.email, mailsTo(x.email)]).toEqual([x.email, 1]);
  });

  it('a batch whose last attempt fails records its mails still queued as failed, and leaves a sent one sent', async () => {
    // Written while no worker runs and marked relayed, so only the batch below carries them.
    await worker?.close();
    worker = undefined;
    const written = await notify('giveup', 3);
    await db(`UPDATE outbox_messages SET relayed_at = now() WHERE facility_id = $1 AND job_id = ANY($2::text[])`, [
      f.facilityId,
      written.map((w) => `notification-${w.id}`),
    ]);
    await db(`UPDATE notifications SET email_status = 'sent' WHERE facility_id = $1 AND id = $2`, [
      f.facilityId,
      written[0].id,
    ]);
    const w = await startWorker();
    // The database is unavailable to this facility's batch for both of its attempts (then back, for the
    // record of the failure). Only the batch's own transaction is refused: other work of the worker for
    // this facility at that moment (a handed-over send-email job of the test before) must not use up a
    // refusal, or the second attempt would find the database back and complete.
    const deliveries = w.get(MailDeliveryService);
    const original = deliveries.exclusivelyMany.bind(deliveries);
    let refusals = 0;
    const spy = jest.spyOn(deliveries, 'exclusivelyMany').mockImplementation((facilityId, ids, work) => {
      if (facilityId === f.facilityId) {
        refusals += 1;
        return Promise.reject(new Error('database unavailable'));
      }
      return original(facilityId, ids, work);
    });
    try {
      const producer = w.get(JobProducer);
      const mails = await payloadsOf(written.map((x) => x.id));
      const queue = producer.queueOf('send-email-batch');
      const id = `giveup-${written[1].id}`;
      await queue.add(
        'send-email-batch',
        { facilityId: f.facilityId, mails },
        // The pause before the retry is the window in which the test reads the first attempt's outcome
        // (polled every 100 ms): long enough that a busy machine does not miss it.
        { jobId: id, attempts: 2, backoff: { type: 'fixed', delay: 4000 } },
      );
      // After the first attempt the mails are still queued: the retry may deliver them.
      await eventually(async () => (await queue.getJob(id))?.attemptsMade === 1, 'first attempt failed', 30_000);
      expect((await statuses(written.map((x) => x.id))).map((x) => x.email_status).sort()).toEqual([
        'queued',
        'queued',
        'sent',
      ]);
      const job = await settled(queue, id, 60_000);
      expect([await job.getState(), job.failedReason, refusals]).toEqual(['failed', 'database unavailable', 2]);
      const after = await db<{ id: string; email_status: string; email_error: string | null }>(
        `SELECT id, email_status, email_error FROM notifications WHERE facility_id = $1 AND id = ANY($2::uuid[])`,
        [f.facilityId, written.map((x) => x.id)],
      );
      const byId = new Map(after.map((r) => [r.id, r]));
      expect(byId.get(written[0].id)).toMatchObject({ email_status: 'sent', email_error: null });
      for (const x of written.slice(1))
        expect(byId.get(x.id)).toMatchObject({
          email_status: 'failed',
          email_error: 'mail batch failed: database unavailable',
        });
      for (const x of written) expect(mailsTo(x.email)).toBe(0);
    } finally {
      spy.mockRestore();
    }
  });

  it("two facilities' batches in one worker at once: every mail recorded sent and sent once", async () => {
    // Their sent records share the worker's one records session, whose facility setting each write
    // switches: a write under the other facility's setting would match no row (the writer now refuses
    // that, and the batch would be retried and send again).
    await worker?.close();
    worker = undefined;
    const g = await createFacility(t.app, t.http, '二つ目のバッチ施設');
    const ours = await notify('pair-f', 15);
    const theirs = await notify('pair-g', 15, g);
    process.env.MAIL_BATCH_PAUSE_MS = '30'; // the lanes of both batches take turns
    try {
      await startWorker();
    } finally {
      delete process.env.MAIL_BATCH_PAUSE_MS;
    }
    await eventually(
      async () =>
        (await statuses(ours.map((x) => x.id))).every((x) => x.email_status === 'sent') &&
        (
          await statuses(
            theirs.map((x) => x.id),
            g,
          )
        ).every((x) => x.email_status === 'sent'),
      "both facilities' mails recorded sent",
      60_000,
    );
    for (const x of [...ours, ...theirs]) expect([x.email, mailsTo(x.email)]).toEqual([x.email, 1]);
  });
});
