import TestAgent from 'supertest/lib/agent';
import { INestApplication } from '@nestjs/common';
import { TransactionRunner } from '@tamago/database';
import { Event, EventRegistration } from '@tamago/events/entities';
import { KpiSubmission, KpiSurvey } from '@tamago/kpi/entities';
import { Tenant } from '@tamago/tenants/entities';
import { issueInvoices } from '../payments/helpers';
import { bearer } from '../support/factories';
import { validCorporateNumber } from '../tenants/helpers';

/** What the report tests create, so they can compute every expected figure themselves. */
export const SPACES = [
  { code: 'A-101', type: 'office', typeJa: 'オフィス', floor: '1', areaSqm: '25.00' },
  { code: 'A-102', type: 'office', typeJa: 'オフィス', floor: '1', areaSqm: '30.50' },
  { code: 'B-201', type: 'wetlab', typeJa: 'ウェットラボ', floor: '2', areaSqm: '63.00' },
  { code: 'B-202', type: 'wetlab', typeJa: 'ウェットラボ', floor: '2', areaSqm: '63.00' },
];

/** Tenants: T1 since FY2024 in A-101, T2 entered 2025-06-01 in B-201, T3 graduated 2025-09-30 (no lease left). */
export const LEASES = [
  { tenant: 'T1', space: 'A-101', startDate: '2024-04-01', endDate: '2027-03-31' },
  { tenant: 'T2', space: 'B-201', startDate: '2025-06-01', endDate: '2028-05-31' },
];

/** Charges billed (out of scope for tax, so each invoice total is exactly the sum). */
export const CHARGES = {
  '2026-08': [{ tenant: 'T2', amount: 40_000 }],
  '2026-10': [
    { tenant: 'T1', amount: 100_000 },
    { tenant: 'T2', amount: 50_000 },
  ],
} as const;
export const PAYMENT = { tenant: 'T1', amount: 30_000, paidOn: '2026-10-20' };

/** FY2025 KPI answers (survey FY2025): T1 a resident, T3 an alumnus. */
export const KPI = [
  { tenant: 'T1', employees: 5, revenue: 10_000_000, moneyRaised: 3_000_000 },
  { tenant: 'T3', employees: 12, revenue: 50_000_000, moneyRaised: 0 },
];
export const EVENT = { registrations: 3, attended: 2 };

export interface Seeded {
  tenants: Record<'T1' | 'T2' | 'T3', string>;
  names: Record<'T1' | 'T2' | 'T3', string>;
  spaces: Record<string, string>;
}

const post = async (http: TestAgent, token: string, path: string, body: object) => {
  const res = await http.post(`/api/v1${path}`).set(bearer(token)).send(body);
  if (res.status >= 300) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string } & Record<string, unknown>;
};

/** Builds the facility's rooms, tenants, leases, invoices, payment, KPI answers and an event. */
export async function seedFacility(
  app: INestApplication,
  http: TestAgent,
  facilityId: string,
  token: string,
  actorId: string,
  prefix: string,
): Promise<Seeded> {
  await post(http, token, '/room-types', { code: 'office', nameJa: 'オフィス', nameEn: 'Office' });
  await post(http, token, '/room-types', { code: 'wetlab', nameJa: 'ウェットラボ', nameEn: 'Wet lab' });
  const spaces: Record<string, string> = {};
  for (const s of SPACES)
    spaces[s.code] = (
      await post(http, token, '/spaces', {
        code: s.code,
        type: s.type,
        floor: s.floor,
        areaSqm: s.areaSqm,
        monthlyRent: 0,
        commonAreaFee: 0,
      })
    ).id;
  const names = { T1: `${prefix}アルファ株式会社`, T2: `${prefix}ベータ株式会社`, T3: `${prefix}ガンマ株式会社` };
  const tenant = (name: string, enteredOn: string) =>
    post(http, token, '/tenants', {
      kind: 'corporation',
      name,
      nameKana: 'テスト',
      status: 'active',
      enteredOn,
      corporateNumber: validCorporateNumber(),
    });
  const tx = app.get(TransactionRunner);
  const t3 = await tx.inFacility(
    facilityId,
    async (em) =>
      (
        await em.save(
          em.create(Tenant, {
            facilityId,
            kind: 'corporation',
            name: names.T3,
            nameKana: 'ガンマ',
            status: 'graduated',
            enteredOn: '2021-04-01',
            graduatedOn: '2025-09-30',
          } as Partial<Tenant>),
        )
      ).id,
  );
  const tenants = {
    T1: (await tenant(names.T1, '2024-04-01')).id,
    T2: (await tenant(names.T2, '2025-06-01')).id,
    T3: t3,
  };
  for (const l of LEASES) {
    const lease = await post(http, token, '/leases', {
      tenantId: tenants[l.tenant as 'T1'],
      spaceIds: [spaces[l.space]],
      startDate: l.startDate,
      endDate: l.endDate,
      monthlyRent: 0,
      commonAreaFee: 0,
      deposit: 0,
    });
    await http
      .post(`/api/v1/leases/${lease.id}/transitions`)
      .set(bearer(token))
      .send({ to: 'active', signedOn: l.startDate })
      .expect(200);
  }
  for (const [period, charges] of Object.entries(CHARGES))
    await issueInvoices(
      app,
      facilityId,
      actorId,
      period,
      charges.map((c) => ({ tenantId: tenants[c.tenant], amount: c.amount })),
      `${period}-01`,
    );
  await post(http, token, '/payments', {
    tenantId: tenants.T1,
    amount: PAYMENT.amount,
    paidOn: PAYMENT.paidOn,
    method: 'bank_transfer',
  });
  await tx.inFacility(facilityId, async (em) => {
    const survey = await em.save(
      em.create(KpiSurvey, {
        facilityId,
        period: 'FY2025',
        startDate: '2025-04-01',
        endDate: '2026-03-31',
        opensOn: '2026-04-01',
        closesOn: '2026-05-31',
      }),
    );
    for (const k of KPI)
      await em.save(
        em.create(KpiSubmission, {
          facilityId,
          surveyId: survey.id,
          tenantId: tenants[k.tenant as 'T1'],
          employees: k.employees,
          revenue: k.revenue,
          moneyRaised: k.moneyRaised,
          patents: 0,
          productsLaunched: 0,
          enteredBy: 'staff',
        } as Partial<KpiSubmission>),
      );
    const event = await em.save(
      em.create(Event, {
        facilityId,
        kind: 'exhibition',
        title: '成果展示会',
        startsAt: new Date('2025-11-12T01:00:00Z'),
        endsAt: new Date('2025-11-12T07:00:00Z'),
      } as Partial<Event>),
    );
    for (let i = 0; i < EVENT.registrations; i++)
      await em.save(
        em.create(EventRegistration, {
          facilityId,
          eventId: event.id,
          attendeeName: `参加者${i + 1}`,
          email: `guest${i + 1}@example.test`,
          status: 'confirmed',
          checkedInAt: i < EVENT.attended ? new Date('2025-11-12T01:30:00Z') : null,
        } as Partial<EventRegistration>),
      );
  });
  return { tenants, names, spaces };
}
