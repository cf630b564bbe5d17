import { OutboxRelay } from '@tamago/jobs';
import { addDays } from '@tamago/core';
import { invoicesOf, issueRun, previewRun, registerIssuer, seedLease } from '../billing/billing-helpers';
import { isolatedStore } from '../jobs/helpers';
import { runCli } from '../support/cli';
import { TestFacility, bearer, createActiveTenant, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { charge, mailsTo, sweep, tenantUser } from './helpers';

jest.setTimeout(180_000);

describe('reminders: each kind on its day (facility time zone), once per recipient and occasion', () => {
  let store: Awaited<ReturnType<typeof isolatedStore>>;
  let t: TestApp;
  let f: TestFacility;
  let tenantId: string;
  let user: { userId: string; email: string; token: string };

  const flush = () => t.worker!.get(OutboxRelay).flush();

  beforeAll(async () => {
    store = await isolatedStore('reminders');
    t = await createTestApp({ worker: true });
    f = await createFacility(t.app, t.http, 'リマインダー施設');
    await registerIssuer(t.http, f.adminToken);
    tenantId = await createActiveTenant(t.http, f.adminToken, 'リマインド株式会社');
    user = await tenantUser(t, f, tenantId);
  });
  afterAll(async () => {
    await t.close();
    await store.drop();
  });

  it('invoice due in 3 days: not on day −4, on day −3 (with number and amount), never twice; dunning when overdue', async () => {
    await charge(t, f, tenantId, '2027-01', 54_321);
    const run = await previewRun(t.http, f.adminToken, '2027-01');
    await issueRun(t.http, f.adminToken, run.id, '2027-01-05');
    const [inv] = await invoicesOf(t.http, f.adminToken, run.id);
    const due = inv.dueDate!;

    expect((await sweep(t, f, addDays(due, -4))).invoice_due).toEqual({ sent: 0, inboxOnly: 0, alreadySent: 0 });
    expect((await sweep(t, f, addDays(due, -3))).invoice_due).toEqual({ sent: 1, inboxOnly: 0, alreadySent: 0 });
    const mail = await t.smtp.waitFor(user.email, /お支払期限/);
    expect(mail.text).toContain(inv.number!);
    expect(mail.text).toContain('¥54,321');
    expect(mail.html).toContain(inv.number!);

    // The sweep run again (or retried) sends nothing new.
    expect((await sweep(t, f, addDays(due, -3))).invoice_due).toEqual({ sent: 0, inboxOnly: 0, alreadySent: 1 });
    await flush();
    expect(mailsTo(t, user.email).filter((m) => /お支払期限/.test(m.subject ?? ''))).toHaveLength(1);

    // Overdue by the first dunning threshold (7 days): level 1 with the amount and the invoice number.
    expect((await sweep(t, f, addDays(due, 6))).dunning.sent).toBe(0);
    expect((await sweep(t, f, addDays(due, 7))).dunning.sent).toBe(1);
    const dunning = await t.smtp.waitFor(user.email, /督促 第1段階/);
    expect(dunning.text).toContain(inv.number!);
    expect(dunning.text).toContain('¥54,321');
    expect((await sweep(t, f, addDays(due, 8))).dunning).toEqual({ sent: 0, inboxOnly: 0, alreadySent: 1 });
  });

  it('lease ending in 90 and 30 days, to the tenant and the staff in charge', async () => {
    await seedLease(t, f.facilityId, tenantId, {
      startDate: '2025-04-01',
      endDate: '2028-03-31',
      monthlyRent: 100_000,
    });
    expect((await sweep(t, f, '2027-12-31')).lease_ending.sent).toBe(0); // 91 days before
    expect((await sweep(t, f, '2028-01-01')).lease_ending.sent).toBe(2); // 90: tenant user + facility admin
    expect((await sweep(t, f, '2028-02-29')).lease_ending.sent).toBe(0); // 31 days before
    expect((await sweep(t, f, '2028-03-01')).lease_ending.sent).toBe(2); // 30
    const mail = await t.smtp.waitFor(f.adminEmail, /あと30日/);
    expect(mail.text).toContain('2028年3月31日');
  });

  it('advisory session tomorrow in the facility time zone (Tokyo), to the tenant and the advisor', async () => {
    const advisor = await t.http
      .post('/api/v1/advisors')
      .set(bearer(f.adminToken))
      .send({
        name: '山田 診断士',
        kind: 'certified_sme_consultant',
        expertise: ['資金繰り'],
        email: 'yamada@advisor.example.test',
      })
      .expect(201);
    // 08:30 on 10 March in Tokyo is still 9 March in UTC: "tomorrow" is judged in Tokyo.
    await t.http
      .post('/api/v1/advisory-sessions')
      .set(bearer(f.adminToken))
      .send({
        tenantId,
        advisorId: advisor.body.id,
        topic: 'funding',
        mode: 'online',
        startsAt: '2027-03-10T08:30:00+09:00',
        endsAt: '2027-03-10T09:30:00+09:00',
      })
      .expect(201);
    expect((await sweep(t, f, '2027-03-08')).advisory_session.sent).toBe(0);
    expect((await sweep(t, f, '2027-03-09')).advisory_session.sent).toBe(2);
    const mail = await t.smtp.waitFor('yamada@advisor.example.test', /明日の相談/);
    expect(mail.text).toContain('08:30');
    expect(mail.text).toContain('リマインド株式会社');
  });

  it('KPI survey not submitted, 3 days before it closes; switched off, nothing', async () => {
    await t.http
      .post('/api/v1/kpi-surveys')
      .set(bearer(f.adminToken))
      .send({ period: 'FY2026', opensOn: '2027-04-01', closesOn: '2027-04-30' })
      .expect(201);
    expect((await sweep(t, f, '2027-04-26')).kpi_survey_missing.sent).toBe(0);
    expect((await sweep(t, f, '2027-04-27')).kpi_survey_missing.sent).toBe(1);
    await t.smtp.waitFor(user.email, /アンケート/);

    await t.http
      .put('/api/v1/reminder-settings/kpi_survey_missing')
      .set(bearer(f.adminToken))
      .send({ leadDays: [1] })
      .expect(200);
    expect((await sweep(t, f, '2027-04-29')).kpi_survey_missing.sent).toBe(1); // the new lead time
    await t.http
      .put('/api/v1/reminder-settings/kpi_survey_missing')
      .set(bearer(f.adminToken))
      .send({ enabled: false })
      .expect(200);
    await t.http.put('/api/v1/reminder-settings/nope').set(bearer(f.adminToken)).send({ enabled: false }).expect(404);
  });

  it('the inbox holds every reminder the user got; unread count and mark read', async () => {
    const inbox = await t.http.get('/api/v1/notifications').set(bearer(user.token)).expect(200);
    expect(inbox.body.total).toBeGreaterThanOrEqual(5);
    expect(inbox.body.unread).toBe(inbox.body.total);
    const first = inbox.body.items[0];
    await t.http.post(`/api/v1/notifications/${first.id}/read`).set(bearer(user.token)).expect(200);
    const count = await t.http.get('/api/v1/notifications/unread-count').set(bearer(user.token)).expect(200);
    expect(count.body.unread).toBe(inbox.body.total - 1);
    // Another user's notification is not found.
    await t.http.post(`/api/v1/notifications/${first.id}/read`).set(bearer(f.adminToken)).expect(404);
  });

  it('npm run cli -- jobs:run reminders prints the counts per kind as its last line', async () => {
    const res = runCli('jobs:run', 'reminders', '--date', '2028-03-01', '--facility', f.facilityId);
    expect(res.code).toBe(0);
    const last = JSON.parse(res.stdout.trim().split('\n').pop()!);
    expect(last).toMatchObject({ job: 'reminders', date: '2028-03-01', facilities: 1 });
    expect(last.counts.lease_ending).toEqual({ sent: 0, inboxOnly: 0, alreadySent: 2 });
    const bad = runCli('jobs:run', 'reminders', '--date', '2028-02-30');
    expect(bad.code).not.toBe(0);
  });
});
