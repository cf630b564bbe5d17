import { addDays, addMonths, todayIn } from '@tamago/core';
import { Role } from '@tamago/identity';
import { issueInvoices } from '../payments/helpers';
import { TestFacility, bearer, createActiveTenant, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';

describe('GET /dashboard', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let im: string;
  let advisorToken: string;
  let auditor: string;
  let tenantA: string;
  let tenantB: string;
  const today = todayIn('Asia/Tokyo');
  const month = today.slice(0, 7);
  const auth = () => bearer(im);

  const post = async (path: string, body: object, token = im): Promise<{ id: string } & Record<string, unknown>> => {
    const res = await t.http.post(`/api/v1${path}`).set(bearer(token)).send(body);
    if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const get = async (path: string, token = im) =>
    (await t.http.get(`/api/v1${path}`).set(bearer(token)).expect(200)).body;

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, '施設A');
    other = await createFacility(t.app, t.http, '施設B');
    im = (await createUser(t.app, t.http, f.facilityId, [Role.IncubationManager])).token;
    advisorToken = (await createUser(t.app, t.http, f.facilityId, [Role.Advisor])).token;
    auditor = (await createUser(t.app, t.http, f.facilityId, [Role.Auditor])).token;
    tenantA = await createActiveTenant(t.http, im, '株式会社アルファ');
    tenantB = await createActiveTenant(t.http, im, '株式会社ベータ');
    await post('/tenants', { kind: 'corporation', name: '応募中株式会社', nameKana: 'オウボ' });
    await createActiveTenant(t.http, other.adminToken, '他施設の会社');

    await post('/room-types', { code: 'office', nameJa: 'オフィス', nameEn: 'Office' }, f.adminToken);
    const room = (code: string, areaSqm: string) =>
      post('/spaces', { code, type: 'office', areaSqm, monthlyRent: 100000, commonAreaFee: 5000 });
    const r1 = await room('A-101', '25.00');
    const r2 = await room('A-102', '30.50');
    await room('A-103', '63.00');
    // A: 56 months in and ending in 60 days (lease ending and tenure nearing); B: a long stay.
    const leaseA = await post('/leases', {
      tenantId: tenantA,
      spaceIds: [r1.id],
      startDate: addMonths(today, -56),
      endDate: addDays(today, 60),
      monthlyRent: 100000,
      commonAreaFee: 5000,
      deposit: 300000,
    });
    const leaseB = await post('/leases', {
      tenantId: tenantB,
      spaceIds: [r2.id],
      startDate: addDays(today, -30),
      endDate: addDays(addMonths(today, 36), -31),
      monthlyRent: 100000,
      commonAreaFee: 5000,
      deposit: 300000,
    });
    for (const l of [leaseA, leaseB])
      await t.http
        .post(`/api/v1/leases/${l.id}/transitions`)
        .set(auth())
        .send({ to: 'active', signedOn: addMonths(today, -57) })
        .expect(200);

    // Money: this month's invoices, an older overdue one, a payment received today.
    const me = (await get('/me', f.adminToken)) as { id: string };
    const twoMonthsAgo = addMonths(today, -2);
    await issueInvoices(
      t.app,
      f.facilityId,
      me.id,
      twoMonthsAgo.slice(0, 7),
      [{ tenantId: tenantA, amount: 40000 }],
      twoMonthsAgo,
    );
    await issueInvoices(
      t.app,
      f.facilityId,
      me.id,
      month,
      [
        { tenantId: tenantA, amount: 110000 },
        { tenantId: tenantB, amount: 55000 },
      ],
      today,
    );
    await post('/payments', { tenantId: tenantB, amount: 20000, paidOn: today, method: 'bank_transfer' }, f.adminToken);

    // Support: a round closing in 10 days, a session today, an overdue check-in and plan review.
    const program = await post('/subsidy-programs', {
      name: 'ものづくり補助金',
      agency: '中小企業庁',
      subsidyRate: '2/3',
      maxAmount: 10_000_000,
      rounds: [{ name: '第20回', opensOn: addDays(today, -20), closesOn: addDays(today, 10) }],
    });
    await post('/subsidy-applications', {
      tenantId: tenantA,
      programId: program.id,
      roundId: (program.rounds as { id: string }[])[0].id,
    });
    const advisor = await post('/advisors', { name: '山田 診断士', kind: 'certified_sme_consultant' });
    await post('/advisory-sessions', {
      tenantId: tenantB,
      advisorId: advisor.id,
      topic: 'funding',
      mode: 'online',
      startsAt: `${today}T23:00:00+09:00`,
      endsAt: `${today}T23:30:00+09:00`,
    });
    const org = await post('/organizations', { kind: 'bank', name: '地域銀行' });
    const referral = await post('/referrals', {
      tenantId: tenantA,
      organizationId: org.id,
      direction: 'inbound',
      need: '資金繰り相談',
    });
    await post(`/referrals/${referral.id}/check-ins`, { dueOn: addDays(today, -3) });
    await post('/improvement-plans', {
      tenantId: tenantB,
      title: '経営改善計画',
      consultantName: '中小 太郎',
      startsOn: addMonths(today, -6),
      monitoringDates: [addMonths(today, -3)],
      targets: [
        { fiscalYear: Number(today.slice(0, 4)), sales: 100_000_000, operatingProfit: 5_000_000, cashFlow: 1_000_000 },
      ],
    });
  });
  afterAll(() => t.close());

  it("equals what the list endpoints answer, in the facility's time zone", async () => {
    const d = await get('/dashboard');
    expect(d).toMatchObject({ asOf: today, month, timeZone: 'Asia/Tokyo' });

    const active = await get('/tenants?status=active&limit=1');
    expect(d.tenants).toMatchObject({
      active: active.total,
      applicants: 1,
      alumni: 0,
      listPath: '/tenants?status=active',
    });
    expect(d.tenants.active).toBe(2);

    const occ = await get(`/occupancy?asOf=${today}`);
    expect(d.occupancy.rooms).toEqual({
      occupied: occ.rooms.occupied,
      total: occ.rooms.total,
      vacant: occ.vacantSpaces.length,
      rate: occ.rooms.rate,
    });
    expect(d.occupancy.rooms).toEqual({ occupied: 2, total: 3, vacant: 1, rate: '66.66%' });
    expect(d.occupancy.area).toEqual({ occupiedSqm: '55.50', totalSqm: '118.50', rate: occ.area.rate });
    expect(d.occupancy.vacantRooms).toEqual([
      { spaceId: expect.any(String), code: 'A-103', roomType: 'オフィス', areaSqm: '63.00' },
    ]);

    const invoices = (await get(`/invoices?period=${month}&kind=invoice&limit=100`)).items as {
      status: string;
      total: number;
      amountPaid: number;
    }[];
    const issued = invoices.filter((i) => i.status !== 'draft' && i.status !== 'void');
    const payments = (await get(`/payments?from=${month}-01&to=${today}&limit=100`, f.adminToken)).items as {
      kind: string;
      amount: number;
    }[];
    expect(d.billing).toMatchObject({
      period: month,
      invoices: issued.length,
      billed: issued.reduce((s, i) => s + i.total, 0),
      paidOnMonthInvoices: issued.reduce((s, i) => s + i.amountPaid, 0),
      collected: payments.filter((p) => p.kind === 'payment').reduce((s, p) => s + p.amount, 0),
      payments: 1,
    });
    // Each invoice carries the one-off charge plus the month's rent and common-area fee.
    expect(d.billing).toMatchObject({ invoices: 2, collected: 20000 });
    expect(d.billing.billed).toBeGreaterThan(165000);

    const arrears = await get(`/arrears?asOf=${today}`);
    expect(d.arrears.aging).toEqual(arrears.totals);
    expect(d.arrears.tenants).toBe(arrears.tenants.length);
    expect(d.arrears.overdue).toBe(arrears.totals.total - arrears.totals.current);
    expect(d.arrears.overdue).toBeGreaterThanOrEqual(40000);
    expect(d.arrears.worst[0]).toMatchObject({ tenantId: tenantA, tenantName: '株式会社アルファ' });

    const ending = await get('/leases/ending?days=90');
    expect(d.leasesEnding).toMatchObject({ days: 90, count: ending.total, listPath: '/leases/ending?days=90' });
    expect(d.leasesEnding.items).toEqual([
      { leaseId: ending.items[0].id, tenantId: tenantA, tenantName: '株式会社アルファ', endDate: addDays(today, 60) },
    ]);

    const tenure = await get('/leases/nearing-max-tenure?months=6');
    expect(d.tenureNearing).toMatchObject({ count: tenure.total, maxTenureMonths: tenure.maxTenureMonths });
    expect(d.tenureNearing.items.map((i: { tenantName: string }) => i.tenantName)).toEqual(['株式会社アルファ']);

    const followUps = await get('/referrals/follow-ups?overdue=true');
    expect(d.followUpsOverdue.count).toBe(followUps.total);
    expect(d.followUpsOverdue.items).toEqual([
      expect.objectContaining({ tenantName: '株式会社アルファ', need: '資金繰り相談', dueOn: addDays(today, -3) }),
    ]);

    const reviews = await get('/improvement-plans/overdue-reviews');
    expect(d.planReviewsOverdue.count).toBe(reviews.total);
    expect(d.planReviewsOverdue.items).toEqual([
      expect.objectContaining({ tenantName: '株式会社ベータ', title: '経営改善計画' }),
    ]);

    const sessions = await get(d.sessionsToday.listPath);
    expect(d.sessionsToday.count).toBe(
      sessions.items.filter((s: { status: string }) => s.status !== 'cancelled').length,
    );
    expect(d.sessionsToday.items).toEqual([
      expect.objectContaining({ tenantName: '株式会社ベータ', advisorName: '山田 診断士', topic: 'funding' }),
    ]);

    const cases = await get('/subsidy-applications');
    const inWindow = (
      await Promise.all(
        cases.items.map(async (c: { id: string }) => (await get(`/subsidy-applications/${c.id}`)).deadlines),
      )
    )
      .flat()
      .filter((x: { dueOn: string }) => x.dueOn >= today && x.dueOn <= addDays(today, 14));
    expect(d.subsidyDeadlines.count).toBe(inWindow.length);
    expect(d.subsidyDeadlines.items).toContainEqual(
      expect.objectContaining({
        tenantName: '株式会社アルファ',
        programName: 'ものづくり補助金',
        dueOn: addDays(today, 10),
      }),
    );
  });

  it('shows an advisor no money, an auditor everything, a tenant user nothing', async () => {
    const asAdvisor = await get('/dashboard', advisorToken);
    expect(asAdvisor.billing).toBeNull();
    expect(asAdvisor.arrears).toBeNull();
    expect(asAdvisor.tenants.active).toBe(2);
    const asAuditor = await get('/dashboard', auditor);
    expect(asAuditor.billing).toEqual((await get('/dashboard')).billing);
    const tenantUser = (await createUser(t.app, t.http, f.facilityId, [Role.TenantMember], { tenantId: tenantA }))
      .token;
    await t.http.get('/api/v1/dashboard').set(bearer(tenantUser)).expect(403);
    await t.http.get('/api/v1/dashboard').expect(401);
  });

  it("counts only the caller's facility", async () => {
    const d = await get('/dashboard', other.adminToken);
    expect(d.tenants.active).toBe(1);
    expect(d.occupancy.rooms.total).toBe(0);
    expect(d.billing).toMatchObject({ invoices: 0, billed: 0, collected: 0 });
    expect(d.arrears.aging.total).toBe(0);
    for (const k of [
      'subsidyDeadlines',
      'sessionsToday',
      'leasesEnding',
      'tenureNearing',
      'followUpsOverdue',
      'planReviewsOverdue',
    ])
      expect(d[k].count).toBe(0);
  });

  it('is documented with explicit types for the generated client', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    const schemas = doc.components.schemas as Record<string, { properties: Record<string, Record<string, unknown>> }>;
    expect(Object.keys(schemas.DashboardDto.properties)).toEqual(
      expect.arrayContaining(['billing', 'arrears', 'occupancy', 'sessionsToday', 'planReviewsOverdue']),
    );
    // Every property of every dashboard schema has a concrete type or a reference (no bare "object").
    const loose = Object.entries(schemas)
      .filter(([name]) => name.startsWith('Dashboard'))
      .flatMap(([name, s]) =>
        Object.entries(s.properties)
          .filter(([, p]) => (p.type === 'object' && !p.allOf) || (!p.type && !p.$ref && !p.allOf))
          .map(([prop]) => `${name}.${prop}`),
      );
    expect(loose).toEqual([]);
    expect(schemas.DashboardDto.properties.billing).toMatchObject({ nullable: true });
    expect(doc.paths['/api/v1/dashboard'].get.responses['200'].content['application/json'].schema.$ref).toBe(
      '#/components/schemas/DashboardDto',
    );
  });
});
