import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { supportClient } from '../support/tenants';

/** The pipeline board's read: every listed case carries its deadlines and its programme's and round's names. */
describe('subsidy case list for the board', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let im: string;
  let tenantUser: string;
  let tenantA: string;

  const tenant = (token: string, name: string) => supportClient(t.http, token, name);

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, 'ボード施設');
    other = await createFacility(t.app, t.http, 'よその施設');
    im = (await createUser(t.app, t.http, f.facilityId, [Role.IncubationManager])).token;
    tenantA = await tenant(im, '株式会社エー');
    const tenantB = await tenant(im, '株式会社ビー');
    tenantUser = (await createUser(t.app, t.http, f.facilityId, [Role.TenantAdmin], { tenantId: tenantA })).token;
    const program = await t.http
      .post('/api/v1/subsidy-programs')
      .set(bearer(im))
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
    for (const tenantId of [tenantA, tenantB]) {
      await t.http
        .post('/api/v1/subsidy-applications')
        .set(bearer(im))
        .send({ tenantId, programId: program.body.id, roundId: program.body.rounds[0].id, staffNotes: 'secret' })
        .expect(201);
    }
  });
  afterAll(() => t.close());

  it('lists each case with its computed deadlines and programme and round names', async () => {
    const res = await t.http.get('/api/v1/subsidy-applications').set(bearer(im)).expect(200);
    expect(res.body.total).toBe(2);
    for (const c of res.body.items) {
      expect(c).toMatchObject({ programName: 'ものづくり補助金', roundName: '第18回', staffNotes: 'secret' });
      expect(c.deadlines.map((d: { key: string }) => d.key)).toEqual(
        expect.arrayContaining(['prerequisite.chamber_support_plan', 'application_close', 'project_deadline']),
      );
      const application = c.deadlines.find((d: { key: string }) => d.key === 'application_close');
      expect(application).toMatchObject({ dueOn: '2027-05-31', labelJa: '申請締切' });
    }
  });

  it('gives a tenant user only their own cases, with deadlines and without staff notes', async () => {
    const res = await t.http.get('/api/v1/subsidy-applications').set(bearer(tenantUser)).expect(200);
    expect(res.body.total).toBe(1);
    expect(res.body.items[0]).toMatchObject({ tenantId: tenantA, programName: 'ものづくり補助金' });
    expect(res.body.items[0]).not.toHaveProperty('staffNotes');
    expect(res.body.items[0].deadlines.length).toBeGreaterThan(0);
  });

  it('shows another facility none of them', async () => {
    const res = await t.http.get('/api/v1/subsidy-applications').set(bearer(other.adminToken)).expect(200);
    expect(res.body).toEqual({ items: [], total: 0 });
  });
});
