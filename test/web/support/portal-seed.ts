import { Role } from '@tamago/identity';
import { bearer, createUser } from '../../support/factories';
import { plantNotification } from '../../support/notifications';
import { createTenant, issueInvoices } from '../../payments/helpers';
import { BrowserEnv } from './browser-env';

/** A marker planted in every staff-only note; no portal page may ever show it. */
export const STAFF_MARKER = 'STAFFONLY-7Q2X';

export interface PortalSeed {
  tenantId: string;
  otherTenantId: string;
  tenantUser: { userId: string; email: string; token: string };
  otherUser: { userId: string; email: string; token: string };
  myInvoiceNumber: string;
  theirInvoiceNumber: string;
  advisorName: string;
  eventId: string;
  eventTitle: string;
  otherRegistrationId: string;
  surveyId: string;
}

const PERIOD = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit' })
  .format(new Date())
  .slice(0, 7);
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
const inDays = (days: number, hour: number) => {
  const d = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
  return `${d}T${String(hour).padStart(2, '0')}:00:00+09:00`;
};

/**
 * A lived-in facility for the portal, through the API where it can: two tenants with issued invoices, a
 * lease, an advisor with free slots every day, a past session and a subsidy case both carrying staff notes,
 * a full event with a waitlist, an open KPI survey and an unread notification.
 */
export async function seedPortal(env: BrowserEnv): Promise<PortalSeed> {
  const { app, http } = env.t;
  const f = env.facility;
  const admin = bearer(f.adminToken);
  await http
    .patch('/api/v1/facility')
    .set(admin)
    .send({
      legalName: '公益財団法人ポータル産業振興財団',
      registrationNumber: 'T7000012050002',
      qualifiedInvoiceIssuer: true,
      bankAccount: {
        bankName: 'たまご銀行',
        branchName: '本店営業部',
        accountType: 'ordinary',
        accountNumber: '7654321',
        accountHolder: 'ｻﾝｷﾞｮｳｼﾝｺｳｻﾞｲﾀﾞﾝ',
      },
    })
    .expect(200);
  const tenantId = await createTenant(app, f.facilityId, f.adminUserId, '株式会社たまごポータル', 'タマゴポータル');
  const otherTenantId = await createTenant(app, f.facilityId, f.adminUserId, '他社精密株式会社', 'タシャセイミツ');
  await http
    .patch(`/api/v1/tenants/${tenantId}`)
    .set(admin)
    .send({
      representative: '卵田 太郎',
      address: '岡山市北区1-2-3',
      contacts: [{ role: 'billing', name: '経理 花子', email: 'keiri@tamago.example', phone: '086-000-0000' }],
    })
    .expect(200);
  const type = await http
    .post('/api/v1/room-types')
    .set(admin)
    .send({ code: 'lab', nameJa: '実験室', nameEn: 'Lab' })
    .expect(201);
  const space = await http
    .post('/api/v1/spaces')
    .set(admin)
    .send({
      code: 'B-203',
      building: 'B棟',
      floor: '2',
      typeId: type.body.id,
      areaSqm: '63.00',
      monthlyRent: 120000,
      commonAreaFee: 10000,
    })
    .expect(201);
  const lease = await http
    .post('/api/v1/leases')
    .set(admin)
    .send({
      tenantId,
      spaceId: space.body.id,
      startDate: '2025-04-01',
      endDate: '2028-03-31',
      monthlyRent: 120000,
      deposit: 360000,
    })
    .expect(201);
  await http
    .post(`/api/v1/leases/${lease.body.id}/transitions`)
    .set(admin)
    .send({ to: 'active', signedOn: '2025-03-15' })
    .expect(200);
  await issueInvoices(
    app,
    f.facilityId,
    f.adminUserId,
    PERIOD,
    [
      { tenantId, amount: 55_000 },
      { tenantId: otherTenantId, amount: 99_000 },
    ],
    TODAY,
  );
  const numberOf = async (tid: string) =>
    (await http.get(`/api/v1/invoices?tenantId=${tid}`).set(admin).expect(200)).body.items[0].number as string;
  const tenantUser = await createUser(app, http, f.facilityId, [Role.TenantAdmin], { tenantId });
  const otherUser = await createUser(app, http, f.facilityId, [Role.TenantMember], { tenantId: otherTenantId });

  await http.put('/api/v1/support-settings').set(admin).send({ freeSessionsPerYear: 4, quotaPolicy: 'chargeable' });
  const advisorName = '田中 一郎';
  const advisorId = (
    await http
      .post('/api/v1/advisors')
      .set(admin)
      .send({
        name: advisorName,
        kind: 'certified_sme_consultant',
        expertise: ['資金調達', '補助金'],
        availability: {
          weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '10:00', end: '12:00' })),
          slots: [],
        },
      })
      .expect(201)
  ).body.id as string;
  // A past consultation with a shared summary and a follow-up, and staff notes carrying the marker.
  await http
    .post('/api/v1/advisory-sessions')
    .set(admin)
    .send({
      kind: 'consultation',
      channel: 'phone',
      tenantId,
      advisorId,
      topic: 'subsidy',
      startsAt: inDays(-3, 14),
      endsAt: inDays(-3, 15),
      summary: 'ものづくり補助金の申請に向けて事業計画をまとめる。',
      notes: `${STAFF_MARKER} 資金繰りが厳しい`,
      followUps: [{ action: '事業計画書の下書きを送る', owner: '株式会社たまごポータル', dueOn: TODAY, done: false }],
    })
    .expect(201);

  const program = (
    await http
      .post('/api/v1/subsidy-programs')
      .set(admin)
      .send({
        name: 'ものづくり補助金',
        agency: '中小企業庁',
        subsidyRate: '2/3',
        maxAmount: 10_000_000,
        rounds: [
          {
            name: '第20回',
            opensOn: TODAY,
            closesOn: inDays(40, 0).slice(0, 10),
            projectDeadline: inDays(300, 0).slice(0, 10),
          },
        ],
      })
      .expect(201)
  ).body;
  await http
    .post('/api/v1/subsidy-applications')
    .set(admin)
    .send({
      tenantId,
      programId: program.id,
      roundId: program.rounds[0].id,
      title: '新型センサーの試作開発',
      requestedAmount: 6_000_000,
      projectDeadline: inDays(200, 0).slice(0, 10),
      staffNotes: `${STAFF_MARKER} 審査員の評価は辛め`,
    })
    .expect(201);

  const eventTitle = '資金調達セミナー';
  const eventId = (
    await http
      .post('/api/v1/events')
      .set(admin)
      .send({
        kind: 'seminar',
        title: eventTitle,
        description: '金融機関の担当者が融資と出資の基本を説明します。',
        startsAt: inDays(10, 14),
        endsAt: inDays(10, 16),
        venue: '本館2階 セミナー室',
        capacity: 1,
        waitlistEnabled: true,
      })
      .expect(201)
  ).body.id as string;
  const otherRegistrationId = (
    await http.post(`/api/v1/events/${eventId}/registrations`).set(bearer(otherUser.token)).send({}).expect(201)
  ).body.id as string;

  const surveyId = (await http.post('/api/v1/kpi-surveys').set(admin).send({ period: 'FY2025' }).expect(201)).body
    .id as string;
  await plantNotification(app, f.facilityId, tenantUser, '請求書を発行しました', `${PERIOD} の請求書を発行しました。`);

  return {
    tenantId,
    otherTenantId,
    tenantUser,
    otherUser,
    myInvoiceNumber: await numberOf(tenantId),
    theirInvoiceNumber: await numberOf(otherTenantId),
    advisorName,
    eventId,
    eventTitle,
    otherRegistrationId,
    surveyId,
  };
}
