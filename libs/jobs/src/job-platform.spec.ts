import { handlerProblems } from './job-workers';
import { payloadErrors } from './job-handler';
import { jobId } from './job-id';
import { JOB_CONTRACTS } from './contracts';
import { QUEUE_CONCURRENCY, workerPoolSize } from './queues';

describe('job platform', () => {
  const all = Object.keys(JOB_CONTRACTS).map((name) => ({ name, provider: `${name}Handler` }));

  it('accepts exactly one handler per job kind', () => {
    expect(handlerProblems(all)).toEqual([]);
  });

  it('names a kind with no handler, two handlers, or a handler without a contract', () => {
    const rest = all.filter((h) => h.name !== 'send-email');
    expect(handlerProblems(rest)).toEqual(['job kind "send-email" has no handler']);
    expect(handlerProblems([...all, { name: 'apply-run-credit', provider: 'Other' }])).toEqual([
      'job kind "apply-run-credit" has 2 handlers (apply-run-creditHandler, Other)',
    ]);
    expect(handlerProblems([...all, { name: 'nope', provider: 'Stray' }])).toEqual([
      'Stray handles "nope", which has no contract',
    ]);
  });

  it('validates payloads against their contract, unknown fields refused', () => {
    const ok = {
      facilityId: '8a6e0804-2bd0-4672-b79a-d97b23da9bc1',
      runId: '8a6e0804-2bd0-4672-b79a-d97b23da9bc3',
      tenantIds: ['8a6e0804-2bd0-4672-b79a-d97b23da9bc2'],
      on: '2026-04-01',
    };
    expect(payloadErrors('apply-run-credit', ok)).toEqual([]);
    expect(payloadErrors('apply-run-credit', { ...ok, on: 'April' })).toEqual([expect.stringMatching(/^on: /)]);
    expect(payloadErrors('apply-run-credit', { ...ok, tenantIds: ['x'] })).toEqual([
      expect.stringMatching(/^tenantIds: /),
    ]);
    expect(payloadErrors('apply-run-credit', { ...ok, extra: 1 })).toEqual([expect.stringMatching(/^extra: /)]);
    expect(payloadErrors('apply-run-credit', null)).toEqual(['payload must be an object']);
    expect(() => payloadErrors('no-such-job', ok)).toThrow(/Unknown job kind/);
  });

  it("sizes a worker's PostgreSQL pool above the jobs its queues may run at once", () => {
    const running = Object.values(QUEUE_CONCURRENCY).reduce((s, n) => s + n, 0);
    expect(workerPoolSize()).toBe(running + 3);
  });

  it('builds job ids without ":" and refuses integer ids', () => {
    expect(jobId('email', 'invitation:abc')).toBe('email-invitation_abc');
    expect(jobId('billing-issue', 'r1')).toBe('billing-issue-r1');
    expect(() => jobId(42)).toThrow();
    expect(() => jobId('')).toThrow();
  });

  it('gives every contract its attempts and retention (failed jobs are kept)', () => {
    for (const [name, c] of Object.entries(JOB_CONTRACTS)) {
      expect([name, typeof c.options.attempts]).toEqual([name, 'number']);
      expect([name, c.options.removeOnFail]).not.toEqual([name, true]);
    }
  });
});
