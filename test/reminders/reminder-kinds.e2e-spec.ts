import { TransactionRunner } from '@tamago/database';
import { JobProducer, OutboxRelay, ScheduleRunner } from '@tamago/jobs';
import { KpiSurveyInvitationService } from '@tamago/reminders';
import { seedLease } from '../billing/billing-helpers';
import { eventually, isolatedStore } from '../jobs/helpers';
import { TestFacility, bearer, createActiveTenant, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { notificationsOf, sweep, tenantUser } from './helpers';

jest.setTimeout(180_000);

const NONE = { sent: 0, inboxOnly: 0, alreadySent: 0 };

describe('reminders: subsidy deadlines, follow-ups, plan reviews, referral check-ins, maximum tenure', () => {
  let store: Awaited<ReturnType<typeof isolatedStore>>;
  let t: TestApp;
  let f: TestFacility;
  let tenantId: string;
  let user: { userId: string; email: string; token: string };
  let orgId: string;

  const flush = () => t.worker!.get(OutboxRelay).flush();

  beforeAll(async () => {
    store = await isolatedStore('reminder_kinds');
    t = await createTestApp({ worker: true });
    f = await createFacility(t.app, t.http, 'リマインダー種別施設');
    tenantId = await createActiveTenant(t.http, f.adminToken, '期限管理株式会社');
    user = await tenantUser(t, f, tenantId);
    orgId = (
      await t.http
        .post('/api/v1/organizations')
        .set(bearer(f.adminToken))
        .send({ kind: 'chamber_of_commerce', name: '市商工会議所' })
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await t.close();
    await store.drop();
  });

  it('subsidy deadlines at 14, 7 and 1 days: prerequisite cut-off and application close while planning; performance and commercialisation reports later', async () => {
    const program = await t.http
      .post('/api/v1/subsidy-programs')
      .set(bearer(f.adminToken))
      .send({
        name: 'ものづくり補助金',
        agency: '中小企業庁',
        subsidyRate: '2/3',
        maxAmount: 10_000_000,
        rounds: [
          {
            name: '第18回',
            opensOn: '2027-04-01',
            closesOn: '2027-05-31',
            projectDeadline: '2028-01-31',
            prerequisiteCutoffs: [{ key: 'chamber_support_plan', dueOn: '2027-05-16' }],
          },
        ],
      })
      .expect(201);
    const caseId = (
      await t.http
        .post('/api/v1/subsidy-applications')
        .set(bearer(f.adminToken))
        .send({ tenantId, programId: program.body.id, roundId: program.body.rounds[0].id, requestedAmount: 9_000_000 })
        .expect(201)
    ).body.id as string;

    // The chamber's support plan is due on 16 May: 14 days before is 2 May, not 1 May.
    expect((await sweep(t, f, '2027-05-01')).subsidy_deadline).toEqual(NONE);
    expect((await sweep(t, f, '2027-05-02')).subsidy_deadline.sent).toBe(2); // tenant user + staff in charge
    const cutoff = await t.smtp.waitFor(user.email, /事業支援計画書/);
    expect(cutoff.subject).toContain('あと14日');
    expect(cutoff.text).toContain('2027年5月16日');
    // The sweep run again sends nothing new.
    expect((await sweep(t, f, '2027-05-02')).subsidy_deadline).toEqual({ sent: 0, inboxOnly: 0, alreadySent: 2 });
    // The application closes on 31 May: 7 days before is 24 May; 1 day before is 30 May.
    expect((await sweep(t, f, '2027-05-23')).subsidy_deadline).toEqual(NONE);
    expect((await sweep(t, f, '2027-05-24')).subsidy_deadline.sent).toBe(2);
    const close = await t.smtp.waitFor(user.email, /申請締切まであと7日/);
    expect(close.html).toContain('ものづくり補助金');
    expect((await sweep(t, f, '2027-05-30')).subsidy_deadline.sent).toBe(2);

    // Once applied, the application close no longer reminds; the performance report (capped by the
    // project deadline of 31 Jan 2028) does while the project runs.
    const move = (body: object) =>
      t.http
        .post(`/api/v1/subsidy-applications/${caseId}/transitions`)
        .set(bearer(f.adminToken))
        .send(body)
        .expect(200);
    await move({ to: 'applied', date: '2027-05-20' });
    await move({ to: 'adopted', date: '2027-07-10' });
    await move({ to: 'grant_applied', date: '2027-07-20' });
    await move({ to: 'grant_decided', date: '2027-08-01', decidedAmount: 6_000_000 });
    await move({ to: 'in_progress', date: '2027-08-02' });
    expect((await sweep(t, f, '2028-01-16')).subsidy_deadline).toEqual(NONE);
    expect((await sweep(t, f, '2028-01-17')).subsidy_deadline.sent).toBe(2);
    await t.smtp.waitFor(user.email, /実績報告期限まであと14日/);

    // Paid on 10 Mar 2028: the first commercialisation report (FY2027) is due on 31 May 2028.
    await move({ to: 'reported', completedOn: '2028-01-10', reportedOn: '2028-01-20' });
    await move({ to: 'amount_fixed', date: '2028-02-15', fixedAmount: 5_800_000 });
    await move({ to: 'claimed', date: '2028-02-20' });
    await move({ to: 'paid', date: '2028-03-10', paidAmount: 5_800_000 });
    expect((await sweep(t, f, '2028-05-29')).subsidy_deadline).toEqual(NONE);
    expect((await sweep(t, f, '2028-05-30')).subsidy_deadline.sent).toBe(2); // 1 day before
    await t.smtp.waitFor(user.email, /事業化状況報告（第1回・2027年度分）まであと1日/);
    expect((await sweep(t, f, '2028-05-30')).subsidy_deadline.alreadySent).toBe(2);
  });

  it('follow-up actions of a session, to their owner, 3 days before they are due', async () => {
    await t.http
      .post('/api/v1/advisory-sessions')
      .set(bearer(f.adminToken))
      .send({
        kind: 'consultation',
        tenantId,
        channel: 'phone',
        topic: 'funding',
        startsAt: '2027-06-01T10:00:00+09:00',
        endsAt: '2027-06-01T10:30:00+09:00',
        followUps: [
          { action: '事業計画書を送付する', owner: 'tenant', dueOn: '2027-06-10', done: false },
          { action: '金融機関を紹介する', owner: 'staff', dueOn: '2027-06-10', done: false },
          { action: '済んだこと', owner: 'tenant', dueOn: '2027-06-10', done: true },
        ],
      })
      .expect(201);
    expect((await sweep(t, f, '2027-06-06')).follow_up_due).toEqual(NONE);
    // The tenant's action to the tenant user; the staff's action to the staff in charge.
    expect((await sweep(t, f, '2027-06-07')).follow_up_due.sent).toBe(2);
    const mail = await t.smtp.waitFor(user.email, /フォローアップの期限/);
    expect(mail.text).toContain('事業計画書を送付する');
    expect(mail.text).toContain('2027年6月10日');
    const staffMail = await t.smtp.waitFor(f.adminEmail, /フォローアップの期限/);
    expect(staffMail.text).toContain('金融機関を紹介する');
    expect((await sweep(t, f, '2027-06-07')).follow_up_due).toEqual({ sent: 0, inboxOnly: 0, alreadySent: 2 });
  });

  it('improvement-plan reviews, to the staff in charge, 7 days before the review', async () => {
    await t.http
      .post('/api/v1/improvement-plans')
      .set(bearer(f.adminToken))
      .send({
        tenantId,
        title: '経営改善計画2027',
        consultantName: '中小 太郎',
        startsOn: '2027-04-01',
        monitoringDates: ['2027-07-01'],
        targets: [{ fiscalYear: 2027, sales: 100_000_000, operatingProfit: 5_000_000, cashFlow: 1_000_000 }],
      })
      .expect(201);
    expect((await sweep(t, f, '2027-06-23')).plan_review_due).toEqual(NONE);
    expect((await sweep(t, f, '2027-06-24')).plan_review_due.sent).toBe(1);
    const mail = await t.smtp.waitFor(f.adminEmail, /経営改善計画の見直し期限/);
    expect(mail.text).toContain('経営改善計画2027');
    expect(mail.text).toContain('期限管理株式会社');
    expect((await sweep(t, f, '2027-06-24')).plan_review_due).toEqual({ sent: 0, inboxOnly: 0, alreadySent: 1 });
  });

  it('referral check-ins, to the staff in charge, 3 days before, naming tenant and organisation', async () => {
    const referral = (
      await t.http
        .post('/api/v1/referrals')
        .set(bearer(f.adminToken))
        .send({ tenantId, organizationId: orgId, direction: 'inbound', need: '販路開拓' })
        .expect(201)
    ).body.id;
    await t.http
      .post(`/api/v1/referrals/${referral}/transitions`)
      .set(bearer(f.adminToken))
      .send({ to: 'sent', sentOn: '2027-07-01' })
      .expect(200);
    await t.http
      .post(`/api/v1/referrals/${referral}/check-ins`)
      .set(bearer(f.adminToken))
      .send({ dueOn: '2027-08-10' })
      .expect(201);
    expect((await sweep(t, f, '2027-08-06')).referral_check_in_due).toEqual(NONE);
    expect((await sweep(t, f, '2027-08-07')).referral_check_in_due.sent).toBe(1);
    const mail = await t.smtp.waitFor(f.adminEmail, /紹介先への状況確認/);
    expect(mail.text).toContain('市商工会議所');
    expect(mail.text).toContain('期限管理株式会社');
    expect((await sweep(t, f, '2027-08-07')).referral_check_in_due).toEqual({
      sent: 0,
      inboxOnly: 0,
      alreadySent: 1,
    });
  });

  it('maximum tenure: on the day the last allowed day comes within 6 months, to the tenant and staff', async () => {
    // Five years from 1 Apr 2023: the last allowed day is 31 Mar 2028; six months before it begins on 1 Oct 2027.
    await seedLease(t, f.facilityId, tenantId, { startDate: '2023-04-01', endDate: '2028-03-31', monthlyRent: 80_000 });
    expect((await sweep(t, f, '2027-09-30')).max_tenure).toEqual(NONE);
    expect((await sweep(t, f, '2027-10-01')).max_tenure.sent).toBe(2);
    const mail = await t.smtp.waitFor(user.email, /最長入居期間/);
    expect(mail.text).toContain('2028年3月31日');
    expect((await sweep(t, f, '2027-10-01')).max_tenure).toEqual({ sent: 0, inboxOnly: 0, alreadySent: 2 });
    expect((await sweep(t, f, '2027-10-02')).max_tenure).toEqual(NONE);

    // Lead times are whole months here, and switchable like every kind.
    const list = await t.http.get('/api/v1/reminder-settings').set(bearer(f.adminToken)).expect(200);
    expect(list.body.items.find((k: { kind: string }) => k.kind === 'max_tenure')).toEqual({
      kind: 'max_tenure',
      enabled: true,
      leadDays: [6],
      leadUnit: 'months',
    });
    await t.http
      .put('/api/v1/reminder-settings/max_tenure')
      .set(bearer(f.adminToken))
      .send({ leadDays: [3] })
      .expect(200);
    expect((await sweep(t, f, '2027-12-31')).max_tenure).toEqual(NONE);
    expect((await sweep(t, f, '2028-01-01')).max_tenure.sent).toBe(2);
    await t.http
      .put('/api/v1/reminder-settings/max_tenure')
      .set(bearer(f.adminToken))
      .send({ leadDays: [0] })
      .expect(400);
    await t.http
      .put('/api/v1/reminder-settings/subsidy_deadline')
      .set(bearer(f.adminToken))
      .send({ enabled: false })
      .expect(200);
    expect((await sweep(t, f, '2028-05-24')).subsidy_deadline).toEqual(NONE); // 7 days before, but off
  });

  it('pages the short lists too: limit/offset on the reminder settings, total the whole count, bad limits 400', async () => {
    const all = await t.http.get('/api/v1/reminder-settings').set(bearer(f.adminToken)).expect(200);
    expect(all.body.items).toHaveLength(all.body.total);
    const page = await t.http
      .get('/api/v1/reminder-settings')
      .query({ limit: 2, offset: 1 })
      .set(bearer(f.adminToken))
      .expect(200);
    expect(page.body).toEqual({ items: all.body.items.slice(1, 3), total: all.body.total });
    const bad = await t.http.get('/api/v1/reminder-settings').query({ limit: 0 }).set(bearer(f.adminToken)).expect(400);
    expect(bad.body.errors[0].field).toBe('limit');
  });

  it('the inbox holds the new kinds', async () => {
    const inbox = await t.http.get('/api/v1/notifications?limit=100').set(bearer(user.token)).expect(200);
    const kinds = new Set(inbox.body.items.map((n: { kind: string }) => n.kind));
    for (const k of ['subsidy_deadline', 'follow_up_due', 'max_tenure']) expect(kinds).toContain(k);
    expect(await notificationsOf(t, f, 'referral_check_in_due')).toHaveLength(1);
  });

  it('KPI survey invitations: a schedule kind at 10:00 local, each asked tenant user invited once per survey', async () => {
    await t.http
      .post('/api/v1/kpi-surveys')
      .set(bearer(f.adminToken))
      .send({ period: '2027-Q3', opensOn: '2027-10-01', closesOn: '2027-10-31' })
      .expect(201);
    const invitations = t.app.get(KpiSurveyInvitationService);
    expect(await invitations.invite(f.facilityId, '2027-09-30')).toEqual({ surveys: 0, invited: 0, alreadyInvited: 0 });
    const runner = t.app.get(ScheduleRunner);
    // 09:55 on 1 Oct in Tokyo: not yet; 10:00: the invitations start.
    expect(await runner.runFacility(f.facilityId, 'Asia/Tokyo', new Date('2027-10-01T00:55:00Z'))).not.toContain(
      'kpi-survey-invitations',
    );
    expect(await runner.runFacility(f.facilityId, 'Asia/Tokyo', new Date('2027-10-01T01:00:00Z'))).toContain(
      'kpi-survey-invitations',
    );
    await flush();
    const mail = await t.smtp.waitFor(user.email, /2027-Q3」へのご協力/);
    expect(mail.text).toContain('2027年10月31日');
    // The next day (and a repeated run) invites nobody twice.
    expect(await invitations.invite(f.facilityId, '2027-10-02')).toEqual({ surveys: 1, invited: 0, alreadyInvited: 1 });
    const schedules = await t.http.get('/api/v1/schedule-settings').set(bearer(f.adminToken)).expect(200);
    expect(schedules.body.items.map((i: { kind: string }) => i.kind)).toContain('kpi-survey-invitations');
  });

  it("judges the day in the facility's time zone: Tokyo's morning is Honolulu's previous afternoon", async () => {
    const honolulu = await createFacility(t.app, t.http, 'ホノルル施設');
    const tokyo = await createFacility(t.app, t.http, '東京施設');
    await t.app
      .get(TransactionRunner)
      .asSystem((em) =>
        em.query(`UPDATE facilities SET time_zone = 'Pacific/Honolulu' WHERE id = $1`, [honolulu.facilityId]),
      );
    for (const g of [honolulu, tokyo]) {
      const tenant = await createActiveTenant(t.http, g.adminToken, '時差株式会社');
      const org = (
        await t.http
          .post('/api/v1/organizations')
          .set(bearer(g.adminToken))
          .send({ kind: 'bank', name: '地方銀行' })
          .expect(201)
      ).body.id;
      const ref = (
        await t.http
          .post('/api/v1/referrals')
          .set(bearer(g.adminToken))
          .send({ tenantId: tenant, organizationId: org, direction: 'inbound', need: '融資' })
          .expect(201)
      ).body.id;
      await t.http
        .post(`/api/v1/referrals/${ref}/transitions`)
        .set(bearer(g.adminToken))
        .send({ to: 'sent', sentOn: '2027-09-01' })
        .expect(200);
      await t.http.post(`/api/v1/referrals/${ref}/check-ins`).set(bearer(g.adminToken)).send({ dueOn: '2027-09-10' });
    }
    const runner = t.app.get(ScheduleRunner);
    // 00:00 UTC on 7 Sep is 09:00 on the 7th in Tokyo and 14:00 on the 6th in Honolulu.
    await runner.runFacility(tokyo.facilityId, 'Asia/Tokyo', new Date('2027-09-07T00:00:00Z'));
    await runner.runFacility(honolulu.facilityId, 'Pacific/Honolulu', new Date('2027-09-07T00:00:00Z'));
    await flush();
    await eventually(async () => (await notificationsOf(t, tokyo, 'referral_check_in_due')).length === 1, 'Tokyo');
    await t.smtp.waitFor(tokyo.adminEmail, /紹介先への状況確認/);
    // Honolulu's sweep of the 6th ran to the end and sent nothing for the 10th.
    const sweeps = t.app.get(JobProducer).queueOf('reminder-sweep');
    await eventually(
      async () =>
        (await sweeps.getJobs(['completed'])).some(
          (j) => j.data.facilityId === honolulu.facilityId && j.data.date === '2027-09-06',
        ),
      'Honolulu sweep of the 6th',
    );
    expect(await notificationsOf(t, honolulu, 'referral_check_in_due')).toEqual([]);
    // 19:00 UTC on 7 Sep is 09:00 on the 7th in Honolulu: now it fires.
    await runner.runFacility(honolulu.facilityId, 'Pacific/Honolulu', new Date('2027-09-07T19:00:00Z'));
    await flush();
    await eventually(
      async () => (await notificationsOf(t, honolulu, 'referral_check_in_due')).length === 1,
      'Honolulu on the 7th',
    );
  });
});
