import { randomUUID } from 'node:crypto';
import { JobProducer } from '@tamago/jobs';
import { TestApp, createTestApp } from '../support/test-app';
import { isolatedStore, settled } from './helpers';

jest.setTimeout(120_000);

describe('job platform: contracts enforced by the worker', () => {
  let store: Awaited<ReturnType<typeof isolatedStore>>;
  let t: TestApp;

  beforeAll(async () => {
    store = await isolatedStore('platform');
    t = await createTestApp({ worker: true });
  });
  afterAll(async () => {
    await t.close();
    await store.drop();
  });

  it('a payload that fails validation goes to failed with the reason, without retry', async () => {
    const producer = t.app.get(JobProducer);
    const id = `bad-${randomUUID()}`;
    await producer.queueOf('apply-run-credit').add(
      'apply-run-credit',
      { facilityId: 'nope', tenantIds: ['x'], on: 'April', extra: 1 },
      {
        jobId: id,
        attempts: 5,
      },
    );
    const job = await settled(producer.queueOf('apply-run-credit'), id);
    expect(await job.getState()).toBe('failed');
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toMatch(/^Invalid payload for apply-run-credit: /);
    for (const field of ['facilityId', 'runId', 'tenantIds', 'on', 'extra'])
      expect(job.failedReason).toContain(`${field}: `);
  });
});
