import { JOB_CONTRACTS } from './contracts';
import { relayedJobs } from './outbox-relay';
import { MAIL_BATCH_SIZE, SendEmailBatchPayload } from './payloads';

const F1 = '11111111-1111-4111-8111-111111111111';
const F2 = '22222222-2222-4222-8222-222222222222';
const mail = (facilityId: string | null, key: string | undefined, extra: object = {}) => ({
  id: `row-${key ?? Math.random()}`,
  job_name: 'send-email',
  payload: {
    facilityId,
    to: `${key}@example.test`,
    subject: 's',
    text: 't',
    kind: 'invoice_due',
    deliveryKey: key,
    ...extra,
  },
  job_id: `notification-${key}`,
  delay_ms: 0,
});

describe('the outbox relay groups notification mails into batches', () => {
  it('per facility, up to MAIL_BATCH_SIZE each, in order; other rows stay one job each', () => {
    const rows = [
      ...Array.from({ length: MAIL_BATCH_SIZE + 3 }, (_, i) => mail(F1, `a${i}`)),
      mail(F2, 'b0'),
      mail(null, undefined), // an invitation: no facility, no delivery record
      mail(F1, 'c0', { attachments: [{ filename: 'x.pdf', contentType: 'application/pdf', contentBase64: '' }] }),
      {
        id: 'r',
        job_name: 'reminder-sweep',
        payload: { facilityId: F1, date: '2027-01-01' },
        job_id: 'rs',
        delay_ms: 0,
      },
    ];
    const jobs = relayedJobs(rows);
    const batches = jobs.filter((j) => j.name === 'send-email-batch').map((j) => j.payload as SendEmailBatchPayload);
    expect(batches.map((b) => [b.facilityId, b.mails.length])).toEqual([
      [F1, MAIL_BATCH_SIZE],
      [F1, 3],
      [F2, 1],
    ]);
    expect(batches[0].mails[0].deliveryKey).toBe('a0');
    expect(batches[1].mails.map((m) => m.deliveryKey)).toEqual(['a50', 'a51', 'a52']);
    expect(jobs.filter((j) => j.name !== 'send-email-batch').map((j) => [j.name, j.opts?.id])).toEqual([
      ['send-email', 'notification-undefined'],
      ['send-email', 'notification-c0'],
      ['reminder-sweep', 'rs'],
    ]);
  });

  it("a batch's id depends on its mails, not their order", () => {
    const id = JOB_CONTRACTS['send-email-batch'].id!;
    const [a, b] = [mail(F1, 'x').payload, mail(F1, 'y').payload] as never[];
    expect(id({ facilityId: F1, mails: [a, b] })).toBe(id({ facilityId: F1, mails: [b, a] }));
    expect(id({ facilityId: F1, mails: [a] })).not.toBe(id({ facilityId: F1, mails: [a, b] }));
  });
});
