import { NestFactory } from '@nestjs/core';
import { INestApplicationContext } from '@nestjs/common';
import { TransactionRunner, queryRows } from '@tamago/database';
import { OutboxRelay } from '@tamago/jobs';
import { MailQueue } from '@tamago/notifications';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { TestFacility, bearer, createFacility, uniqueEmail } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { eventually, isolatedStore } from './helpers';

// Each file migrates its own database first; the machine is shared.
jest.setTimeout(120_000);

describe('transactional outbox', () => {
  let store: Awaited<ReturnType<typeof isolatedStore>>;
  let t: TestApp;
  let f: TestFacility;
  let worker: INestApplicationContext | undefined;

  const pending = () =>
    t.app
      .get(TransactionRunner)
      .asSystem((em) =>
        queryRows<{ n: number }>(em, `SELECT count(*)::int AS n FROM outbox_messages WHERE relayed_at IS NULL`),
      )
      .then((r) => r[0].n);

  beforeAll(async () => {
    store = await isolatedStore('outbox');
    t = await createTestApp(); // the API alone: nothing relays until a worker starts
    f = await createFacility(t.app, t.http, 'アウトボックス施設');
  });
  afterAll(async () => {
    await worker?.close();
    await t.close();
    await store.drop();
  });

  it('a rolled-back transaction leaves nothing in the outbox', async () => {
    const to = uniqueEmail('rolled-back');
    await expect(
      t.app.get(TransactionRunner).inFacility(f.facilityId, async (em) => {
        await t.app
          .get(MailQueue)
          .enqueueIn(em, { facilityId: f.facilityId, to, subject: 'x', text: 'x', kind: 'test' }, `rb-${to}`);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await pending()).toBe(0);
  });

  it('a committed invitation waits in the outbox while no worker runs, and leaves once one starts', async () => {
    const email = uniqueEmail('invited');
    await t.http
      .post('/api/v1/users')
      .set(bearer(f.adminToken))
      .send({ email, name: '招待 太郎', roles: ['advisor'] })
      .expect(201);
    // A refused invitation (bad roles) writes nothing, mail included.
    await t.http
      .post('/api/v1/users')
      .set(bearer(f.adminToken))
      .send({ email: uniqueEmail('refused'), name: 'x', roles: ['advisor', 'tenant_admin'] })
      .expect(400);
    expect(await pending()).toBe(1);

    // As after a crash right after commit: the worker that starts later relays what was committed.
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false, abortOnError: false });
    await worker.init();
    const mail = await t.smtp.waitFor(email, /ご招待/);
    expect(mail.text).toContain('accept-invitation?token=');
    await eventually(async () => (await pending()) === 0, 'outbox drained');
    await worker.get(OutboxRelay).flush();
    expect(t.smtp.messages.filter((m) => JSON.stringify(m.to).includes(email))).toHaveLength(1);
  });

  it('the rolled-back mail never arrives', async () => {
    await worker!.get(OutboxRelay).flush();
    expect(t.smtp.messages.filter((m) => JSON.stringify(m.to).includes('rolled-back'))).toEqual([]);
  });
});
