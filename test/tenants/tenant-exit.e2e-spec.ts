import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { activeTenant as createActive } from '../support/tenants';

describe('a tenant leaves only once its leases are over', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let im: string;

  const activeTenant = (name: string, token = im) => createActive(t.http, token, name, '2024-04-01');
  const space = async (code: string) =>
    (
      await t.http
        .post('/api/v1/spaces')
        .set(bearer(im))
        .send({ code, type: 'office', areaSqm: '63.00', monthlyRent: 120000, commonAreaFee: 8000 })
        .expect(201)
    ).body.id as string;
  const lease = async (tenantId: string, spaceId: string, startDate: string, endDate: string) =>
    (
      await t.http
        .post('/api/v1/leases')
        .set(bearer(im))
        .send({ tenantId, spaceId, startDate, endDate, monthlyRent: 120000, commonAreaFee: 8000, deposit: 360000 })
        .expect(201)
    ).body.id as string;
  const leaseStep = (id: string, body: object) =>
    t.http.post(`/api/v1/leases/${id}/transitions`).set(bearer(im)).send(body).expect(200);
  const tenantStep = (id: string, body: object, token = im) =>
    t.http.post(`/api/v1/tenants/${id}/transitions`).set(bearer(token)).send(body);
  const graduate = { to: 'graduated', graduatedOn: '2027-09-30', reason: '事業拡大', destination: '市内の自社ビル' };
  const withdraw = { to: 'withdrawn', withdrawnOn: '2027-09-30', reason: '事業所移転' };
  const statusOf = async (id: string, token = im) =>
    (await t.http.get(`/api/v1/tenants/${id}`).set(bearer(token)).expect(200)).body.status as string;

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, '退去施設A');
    other = await createFacility(t.app, t.http, '退去施設B');
    im = (await createUser(t.app, t.http, f.facilityId, [Role.IncubationManager])).token;
    await t.http
      .post('/api/v1/room-types')
      .set(bearer(f.adminToken))
      .send({ code: 'office', nameJa: 'オフィス', nameEn: 'Office' })
      .expect(201);
  });
  afterAll(() => t.close());

  it('refuses graduation with 409 naming the active lease, and graduates once the lease is terminated', async () => {
    const tenant = await activeTenant('卒業予定株式会社');
    const leaseId = await lease(tenant, await space('EX-101'), '2026-04-01', '2029-03-31');
    await leaseStep(leaseId, { to: 'active', signedOn: '2026-03-01' });

    const refused = await tenantStep(tenant, graduate).expect(409);
    // The admin reads Japanese (the default locale): the reason's message, with the leases named.
    expect(refused.body.reason).toBe('tenants.openLeasesBlockExit');
    expect(refused.body.detail).toBe(
      `入居者「卒業予定株式会社」には終了していない契約があるため、「graduated」にできません：` +
        `${leaseId} (active, EX-101, 2026-04-01–2029-03-31)。` +
        '先に有効な契約を終了または解約し、下書きの契約を取り消してください。',
    );
    expect(refused.body.openLeases).toEqual([
      { id: leaseId, status: 'active', startDate: '2026-04-01', endDate: '2029-03-31', spaceCodes: ['EX-101'] },
    ]);
    expect(await statusOf(tenant)).toBe('active');

    await leaseStep(leaseId, { to: 'terminated', terminatedOn: '2027-09-30', reason: '卒業' });
    const graduated = await tenantStep(tenant, graduate).expect(200);
    expect(graduated.body).toMatchObject({
      status: 'graduated',
      graduation: { graduatedOn: '2027-09-30', reason: '事業拡大', destination: '市内の自社ビル' },
    });
  });

  it('refuses withdrawal while a draft lease is open (all of them listed), and withdraws once it is cancelled', async () => {
    const tenant = await activeTenant('撤退予定株式会社');
    const signed = await lease(tenant, await space('EX-201'), '2026-04-01', '2027-03-31');
    await leaseStep(signed, { to: 'active', signedOn: '2026-03-01' });
    const draft = await lease(tenant, await space('EX-202'), '2026-10-01', '2027-03-31');

    const refused = await tenantStep(tenant, withdraw).expect(409);
    expect(refused.body.openLeases.map((l: { id: string; status: string }) => [l.id, l.status])).toEqual([
      [signed, 'active'],
      [draft, 'draft'],
    ]);
    await leaseStep(signed, { to: 'terminated', terminatedOn: '2026-09-30', reason: '撤退' });
    const stillDraft = await tenantStep(tenant, withdraw).expect(409);
    expect(stillDraft.body.openLeases.map((l: { id: string }) => l.id)).toEqual([draft]);
    expect(await statusOf(tenant)).toBe('active');

    await leaseStep(draft, { to: 'cancelled', reason: '撤退' });
    await tenantStep(tenant, withdraw).expect(200);
    expect(await statusOf(tenant)).toBe('withdrawn');
  });

  it('lets a tenant whose leases all ended or were cancelled leave, and refuses new leases afterwards', async () => {
    const tenant = await activeTenant('満了株式会社');
    const spaceId = await space('EX-301');
    const ended = await lease(tenant, spaceId, '2020-04-01', '2023-03-31');
    await leaseStep(ended, { to: 'active', signedOn: '2020-03-01' });
    await leaseStep(ended, { to: 'ended' });
    await tenantStep(tenant, graduate).expect(200);
    await t.http
      .post('/api/v1/leases')
      .set(bearer(im))
      .send({ tenantId: tenant, spaceId, startDate: '2027-10-01', endDate: '2028-03-31', monthlyRent: 120000 })
      .expect(409);
  });

  it("another facility cannot graduate this facility's tenant (404), and its lease does not block its own tenants", async () => {
    const tenant = await activeTenant('隔離株式会社');
    const leaseId = await lease(tenant, await space('EX-401'), '2026-04-01', '2029-03-31');
    await leaseStep(leaseId, { to: 'active', signedOn: '2026-03-01' });
    await tenantStep(tenant, graduate, other.adminToken).expect(404);
    expect(await statusOf(tenant)).toBe('active');
    const theirs = await activeTenant('他施設株式会社', other.adminToken);
    await tenantStep(theirs, graduate, other.adminToken).expect(200);
  });
});
