import { TransactionRunner, queryRows } from '@tamago/database';
import { JOB_CONTRACTS, JobName, JobProducer, OutboxRelay, ScheduleRunner, localMoment } from '@tamago/jobs';
import { addDays } from '@tamago/core';
import { charge, tenantUser } from '../reminders/helpers';
import { invoicesOf, issueRun, previewRun, registerIssuer, seedLease } from '../billing/billing-helpers';
import { TestFacility, bearer, createActiveTenant, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { isolatedStore } from './helpers';

jest.setTimeout(600_000);

interface Site {
  zone: string;
  f: TestFacility;
  user: { userId: string; email: string; token: string };
  dueDate: string;
  /** Local date each notification (dedupe key), billing run and scheduled report first appeared on. */
  seen: Map<string, string>;
}

/**
 * Tamago left running over a simulated month, in two facilities on either side of the date line:
 * the platform tick is driven every few hours from 1 November to 1 December 2026 (UTC), each
 * facility judges its own local day, and the test records the local day on which every billing
 * run, reminder and scheduled report first appeared.
 */
describe('a simulated month in Asia/Tokyo and Pacific/Honolulu: bills, reminds and reports on its own, once each', () => {
  let store: Awaited<ReturnType<typeof isolatedStore>>;
  let t: TestApp;
  const sites: Site[] = [];

  const tx = () => t.app.get(TransactionRunner);
  const rows = <T>(f: TestFacility, sql: string) =>
    tx().inFacility(f.facilityId, (em) => queryRows<T & object>(em, sql, [f.facilityId]));

  /** Relays the outbox until every queue is idle (jobs enqueue mail and further jobs as they go). */
  async function settle(): Promise<void> {
    const producer = t.worker!.get(JobProducer);
    const oneJobPerQueue = new Map(
      (Object.entries(JOB_CONTRACTS) as [JobName, { queue: string }][]).map(([name, c]) => [c.queue, name]),
    );
    const queues = [...oneJobPerQueue.values()].map((name) => producer.queueOf(name));
    const deadline = Date.now() + 120_000;
    for (let quiet = 0; quiet < 2;) {
      await t.worker!.get(OutboxRelay).flush();
      const counts = await Promise.all(
        queues.map((q) => q.getJobCounts('waiting', 'active', 'delayed', 'prioritized')),
      );
      const busy = counts.reduce((sum, c) => sum + Object.values(c).reduce((a, b) => a + b, 0), 0);
      const pending: { n: number }[] = await tx().asSystem((em) =>
        em.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE relayed_at IS NULL`),
      );
      quiet = busy === 0 && pending[0].n === 0 ? quiet + 1 : 0;
      if (Date.now() > deadline) throw new Error(`queues did not settle: ${JSON.stringify(counts)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Records what appeared since the last look, under the facility's local date at `at`. */
  async function look(s: Site, at: Date): Promise<void> {
    const day = localMoment(at, s.zone).date;
    const keys = [
      ...(await rows<{ k: string }>(
        s.f,
        `SELECT 'notification:' || dedupe_key AS k FROM notifications WHERE facility_id = $1`,
      )),
      ...(await rows<{ k: string }>(
        s.f,
        `SELECT 'billing-run:' || period AS k FROM billing_runs WHERE facility_id = $1`,
      )),
      ...(await rows<{ k: string }>(
        s.f,
        `SELECT 'report:' || type || ':' || period AS k FROM report_runs WHERE facility_id = $1 AND source = 'schedule'`,
      )),
    ];
    for (const { k } of keys) if (!s.seen.has(k)) s.seen.set(k, day);
  }

  beforeAll(async () => {
    store = await isolatedStore('simulated_month');
    t = await createTestApp({ worker: true });
    for (const [name, zone] of [
      ['東京の施設', 'Asia/Tokyo'],
      ['ホノルルの施設', 'Pacific/Honolulu'],
    ] as const) {
      const f = await createFacility(t.app, t.http, name);
      await tx().asSystem((em) => em.query(`UPDATE facilities SET time_zone = $1 WHERE id = $2`, [zone, f.facilityId]));
      await registerIssuer(t.http, f.adminToken);
      await t.http
        .put('/api/v1/schedule-settings/billing-preview')
        .set(bearer(f.adminToken))
        .send({ dayOfMonth: 20, localTime: '10:00' })
        .expect(200);
      await t.http
        .patch('/api/v1/report-settings')
        .set(bearer(f.adminToken))
        .send({ recipients: [`board-${zone.split('/')[1].toLowerCase()}@example.test`] })
        .expect(200);
      const tenantId = await createActiveTenant(t.http, f.adminToken, '月間株式会社');
      const user = await tenantUser(t, f, tenantId);
      // A lease ending on 15 December (30 days before: 15 November) that the December run bills.
      await seedLease(t, f.facilityId, tenantId, {
        startDate: '2026-04-01',
        endDate: '2026-12-15',
        monthlyRent: 120_000,
      });
      // November's invoice, issued before the month starts.
      await charge(t, f, tenantId, '2026-11', 33_000);
      const run = await previewRun(t.http, f.adminToken, '2026-11');
      await issueRun(t.http, f.adminToken, run.id, '2026-10-30');
      const [inv] = await invoicesOf(t.http, f.adminToken, run.id);
      // A referral check-in due on 25 November (3 days before: the 22nd).
      const org = (
        await t.http
          .post('/api/v1/organizations')
          .set(bearer(f.adminToken))
          .send({ kind: 'bank', name: '地銀' })
          .expect(201)
      ).body.id;
      const ref = (
        await t.http
          .post('/api/v1/referrals')
          .set(bearer(f.adminToken))
          .send({ tenantId, organizationId: org, direction: 'inbound', need: '融資相談' })
          .expect(201)
      ).body.id;
      await t.http
        .post(`/api/v1/referrals/${ref}/transitions`)
        .set(bearer(f.adminToken))
        .send({ to: 'sent', sentOn: '2026-10-20' })
        .expect(200);
      await t.http
        .post(`/api/v1/referrals/${ref}/check-ins`)
        .set(bearer(f.adminToken))
        .send({ dueOn: '2026-11-25' })
        .expect(201);
      sites.push({ zone, f, user, dueDate: inv.dueDate!, seen: new Map() });
    }
    await settle();
    t.smtp.messages.length = 0; // the set-up's mails (invitations) are not the month's
    for (const s of sites) await look(s, new Date('2026-10-31T12:00:00Z'));
  });
  afterAll(async () => {
    await t.close();
    await store.drop();
  });

  it('runs the month: every tick in each facility time zone, then checks each thing happened once on its local day', async () => {
    const runner = t.worker!.get(ScheduleRunner);
    const started = Date.now();
    // 00, 03, 18 and 21 UTC: 09, 12, 03, 06 in Tokyo; 14, 17, 08, 11 in Honolulu.
    for (let day = '2026-11-01'; day <= '2026-12-01'; day = addDays(day, 1)) {
      for (const hour of ['00', '03', '18', '21']) {
        const at = new Date(`${day}T${hour}:00:00Z`);
        await runner.tick(at);
        await settle();
        for (const s of sites) await look(s, at);
      }
    }
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeLessThan(420);

    for (const s of sites) {
      const on = (prefix: string) =>
        [...s.seen].filter(([k]) => k.startsWith(prefix)).map(([k, d]) => [k.slice(prefix.length), d]);
      // The December run was previewed on the 20th (local), once; issuing waits for a person.
      expect(on('billing-run:')).toEqual([
        ['2026-11', '2026-10-31'],
        ['2026-12', '2026-11-20'],
      ]);
      const runs = (await t.http.get('/api/v1/billing-runs').set(bearer(s.f.adminToken)).expect(200)).body.items as {
        period: string;
        status: string;
      }[];
      expect(runs.find((r) => r.period === '2026-12')?.status).toBe('previewed');

      // Each reminder on its local day, once.
      const reminders = on('notification:');
      const kindOf = (k: string) => k.split(':')[0];
      expect(reminders.filter(([k]) => kindOf(k) === 'invoice_due').map(([, d]) => d)).toEqual([
        addDays(s.dueDate, -3),
      ]);
      expect(reminders.filter(([k]) => kindOf(k) === 'lease_ending').map(([, d]) => d)).toEqual([
        '2026-11-15',
        '2026-11-15',
      ]); // the tenant user and the facility admin
      expect(reminders.filter(([k]) => kindOf(k) === 'referral_check_in_due').map(([, d]) => d)).toEqual([
        '2026-11-22',
      ]);

      // The monthly reports on the first business day: 2 November (3 November is a holiday) and 1 December.
      const reports = on('report:');
      expect(reports.filter(([k]) => k.endsWith(':2026-10')).map(([, d]) => d)).toEqual([
        '2026-11-02',
        '2026-11-02',
        '2026-11-02',
      ]);
      expect(reports.filter(([k]) => k.endsWith(':2026-11')).map(([, d]) => d)).toEqual([
        '2026-12-01',
        '2026-12-01',
        '2026-12-01',
      ]);
      const done = await rows<{ n: number }>(
        s.f,
        `SELECT count(*)::int AS n FROM report_runs WHERE facility_id = $1 AND source = 'schedule' AND status = 'done' AND mailed_at IS NOT NULL`,
      );
      expect(done[0].n).toBe(6);
    }

    // Every mail once: no subject twice to one address.
    const sent = t.smtp.messages.map((m) => `${JSON.stringify(m.to)} ${m.subject}`);
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent).size).toBe(sent.length);
    for (const s of sites) {
      const mine = t.smtp.messages.filter((m) => JSON.stringify(m.to).includes(s.user.email));
      expect(mine.filter((m) => /お支払期限/.test(m.subject ?? ''))).toHaveLength(1);
      expect(mine.filter((m) => /満了まであと30日/.test(m.subject ?? ''))).toHaveLength(1);
    }
    const board = t.smtp.messages.filter((m) => JSON.stringify(m.to).includes('board-'));
    expect(board).toHaveLength(12); // three monthly reports, twice, in two facilities
  });
});
