import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { createTenant } from '../support/tenants';

/** The facility's fiscalYearStartMonth is honoured where a fiscal year is computed (support quota). */
describe('fiscal year start month', () => {
  let t: TestApp;
  let f: TestFacility;
  let im: string;
  let tenantId = '';
  let expert = '';

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, '暦年施設');
    im = (await createUser(t.app, t.http, f.facilityId, [Role.IncubationManager])).token;
    tenantId = await createTenant(t.http, im, {
      kind: 'support_client',
      name: '株式会社暦年',
      nameKana: 'レキネン',
      tradeName: '暦年',
    });
    expert = (
      await t.http
        .post('/api/v1/advisors')
        .set(bearer(im))
        .send({ name: '山田 診断士', kind: 'certified_sme_consultant', expertise: ['資金繰り'] })
        .expect(201)
    ).body.id;
    await t.http
      .put('/api/v1/support-settings')
      .set(bearer(f.adminToken))
      .send({ freeSessionsPerYear: 1, quotaPolicy: 'refuse' })
      .expect(200);
    // A facility whose fiscal year is the calendar year.
    await t.http.patch('/api/v1/facility').set(bearer(f.adminToken)).send({ fiscalYearStartMonth: 1 }).expect(200);
  });
  afterAll(() => t.close());

  const book = (startsAt: string, endsAt: string) =>
    t.http
      .post('/api/v1/advisory-sessions')
      .set(bearer(im))
      .send({ tenantId, advisorId: expert, topic: 'funding', mode: 'online', startsAt, endsAt });
  const quota = async (fy: number) =>
    (await t.http.get(`/api/v1/tenants/${tenantId}/advisory-quota?fiscalYear=${fy}`).set(bearer(im)).expect(200)).body;

  it('31 March and 1 April fall in one fiscal year when it starts in January: the free quota counts both', async () => {
    await book('2027-03-31T10:00:00+09:00', '2027-03-31T11:00:00+09:00').expect(201);
    // With an April start these would be two fiscal years (each with its free session); here, one.
    const second = await book('2027-04-01T10:00:00+09:00', '2027-04-01T11:00:00+09:00').expect(409);
    expect(second.body).toMatchObject({ used: 1, quota: 1 });
    expect(await quota(2027)).toMatchObject({ fiscalYear: 2027, used: 1, remaining: 0 });
    expect(await quota(2026)).toMatchObject({ fiscalYear: 2026, used: 0, remaining: 1 });
    // 31 December 2026 is the last day of FY2026 (the calendar year), counted there.
    await book('2026-12-31T10:00:00+09:00', '2026-12-31T11:00:00+09:00').expect(201);
    expect(await quota(2026)).toMatchObject({ used: 1 });
  });
});
