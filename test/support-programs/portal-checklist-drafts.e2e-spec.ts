import { addDays, todayIn } from '@tamago/core';
import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { activeTenant } from '../support/tenants';

/**
 * What issue #13 added for the support workspace and the portal: the legal next stages on every
 * case read, the adoption statistics of all programmes in one read, a tenant ticking its own
 * checklist items, and KPI survey drafts kept on the server. Each with another tenant's and
 * another facility's attempt.
 */
describe('support workspace and portal additions', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let im: string;
  let tenantA: string;
  let tenantB: string;
  let userA: string;
  let userB: string;
  let otherUser: string;
  let programId: string;
  let roundIds: string[];
  let caseA: string;
  let caseB: string;
  let survey: string;
  const today = todayIn();

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, '支援追加施設');
    other = await createFacility(t.app, t.http, 'よその支援施設');
    im = (await createUser(t.app, t.http, f.facilityId, [Role.IncubationManager])).token;
    tenantA = await activeTenant(t.http, f.adminToken, '株式会社エー', '2024-04-01');
    tenantB = await activeTenant(t.http, f.adminToken, '株式会社ビー', '2024-04-01');
    const otherTenant = await activeTenant(t.http, other.adminToken, '株式会社よそ', '2024-04-01');
    userA = (await createUser(t.app, t.http, f.facilityId, [Role.TenantAdmin], { tenantId: tenantA })).token;
    userB = (await createUser(t.app, t.http, f.facilityId, [Role.TenantMember], { tenantId: tenantB })).token;
    otherUser = (await createUser(t.app, t.http, other.facilityId, [Role.TenantAdmin], { tenantId: otherTenant }))
      .token;
    const program = await t.http
      .post('/api/v1/subsidy-programs')
      .set(bearer(im))
      .send({
        name: '小規模事業者持続化補助金',
        agency: '日本商工会議所',
        subsidyRate: '2/3',
        maxAmount: 2_000_000,
        rounds: [
          { name: '第16回', opensOn: '2027-01-10', closesOn: '2027-03-10', projectDeadline: '2027-12-31' },
          { name: '第17回', opensOn: '2027-05-10', closesOn: '2027-06-30', projectDeadline: '2028-03-31' },
        ],
      })
      .expect(201);
    programId = program.body.id;
    roundIds = program.body.rounds.map((r: { id: string }) => r.id);
    const open = (tenantId: string, roundId: string) =>
      t.http.post('/api/v1/subsidy-applications').set(bearer(im)).send({ tenantId, programId, roundId }).expect(201);
    caseA = (await open(tenantA, roundIds[0])).body.id;
    caseB = (await open(tenantB, roundIds[0])).body.id;
    survey = (
      await t.http
        .post('/api/v1/kpi-surveys')
        .set(bearer(f.adminToken))
        .send({ period: '2026-Q3', opensOn: addDays(today, -3), closesOn: addDays(today, 10) })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  describe('allowedTransitions on case reads', () => {
    it('gives staff the legal next stages in the list, the read and after a move', async () => {
      const list = await t.http.get('/api/v1/subsidy-applications').set(bearer(im)).expect(200);
      for (const c of list.body.items) expect(c.allowedTransitions).toEqual(['applied', 'withdrawn']);
      const one = await t.http.get(`/api/v1/subsidy-applications/${caseA}`).set(bearer(im)).expect(200);
      expect(one.body.allowedTransitions).toEqual(['applied', 'withdrawn']);
      const moved = await t.http
        .post(`/api/v1/subsidy-applications/${caseB}/transitions`)
        .set(bearer(im))
        .send({ to: 'applied', date: '2027-02-01' })
        .expect(200);
      expect(moved.body.allowedTransitions).toEqual(['adopted', 'not_adopted', 'withdrawn']);
    });

    it('gives tenant users (who may not move cases) none', async () => {
      const list = await t.http.get('/api/v1/subsidy-applications').set(bearer(userA)).expect(200);
      expect(list.body.items).toHaveLength(1);
      expect(list.body.items[0].allowedTransitions).toEqual([]);
      const one = await t.http.get(`/api/v1/subsidy-applications/${caseA}`).set(bearer(userA)).expect(200);
      expect(one.body.allowedTransitions).toEqual([]);
    });
  });

  describe('GET /subsidy-programs/stats', () => {
    it('answers every programme with its rounds, counted from the stage history', async () => {
      await t.http
        .post(`/api/v1/subsidy-applications/${caseB}/transitions`)
        .set(bearer(im))
        .send({ to: 'adopted', date: '2027-04-01' })
        .expect(200);
      const res = await t.http.get('/api/v1/subsidy-programs/stats').set(bearer(im)).expect(200);
      expect(res.body.total).toBe(1);
      expect(res.body.items[0]).toMatchObject({
        programId,
        name: '小規模事業者持続化補助金',
        applied: 1,
        adopted: 1,
        notAdopted: 0,
        adoptionRate: '100.00%',
      });
      expect(res.body.items[0].rounds).toEqual([
        expect.objectContaining({ roundId: roundIds[0], name: '第16回', applied: 1, adopted: 1 }),
        expect.objectContaining({ roundId: roundIds[1], name: '第17回', applied: 0, adoptionRate: null }),
      ]);
      const single = await t.http.get(`/api/v1/subsidy-programs/${programId}/stats`).set(bearer(im)).expect(200);
      expect(single.body.rounds).toEqual(res.body.items[0].rounds);
    });

    it('shows another facility only its own programmes and refuses tenant users', async () => {
      const res = await t.http.get('/api/v1/subsidy-programs/stats').set(bearer(other.adminToken)).expect(200);
      expect(res.body).toEqual({ items: [], total: 0 });
      await t.http.get('/api/v1/subsidy-programs/stats').set(bearer(userA)).expect(403);
    });
  });

  describe('PUT /portal/subsidy-applications/:id/checklist/:list/:key', () => {
    const tick = (token: string, id: string, list: string, key: string, body: object = { done: true }) =>
      t.http.put(`/api/v1/portal/subsidy-applications/${id}/checklist/${list}/${key}`).set(bearer(token)).send(body);

    it('lets the tenant tick and untick an item its company keeps, dated today', async () => {
      const before = await t.http.get(`/api/v1/subsidy-applications/${caseA}`).set(bearer(userA)).expect(200);
      expect(before.body.deadlines.map((d: { key: string }) => d.key)).toContain('gbizid_recommended_start');
      const res = await tick(userA, caseA, 'prerequisites', 'gbizid').expect(200);
      const item = res.body.prerequisites.find((i: { key: string }) => i.key === 'gbizid');
      expect(item).toMatchObject({ done: true, doneOn: today, tenantMayTick: true });
      expect(res.body).not.toHaveProperty('staffNotes');
      // The gBizID lead time is no longer shown once it is ticked.
      expect(res.body.deadlines.map((d: { key: string }) => d.key)).not.toContain('gbizid_recommended_start');
      const staffView = await t.http.get(`/api/v1/subsidy-applications/${caseA}`).set(bearer(im)).expect(200);
      expect(staffView.body.prerequisites.find((i: { key: string }) => i.key === 'gbizid').done).toBe(true);
      const undone = await tick(userA, caseA, 'prerequisites', 'gbizid', { done: false }).expect(200);
      expect(undone.body.prerequisites.find((i: { key: string }) => i.key === 'gbizid')).toMatchObject({
        done: false,
        doneOn: null,
      });
      const evidence = await tick(userA, caseA, 'evidence', 'quotes').expect(200);
      expect(evidence.body.evidence.find((i: { key: string }) => i.key === 'quotes').done).toBe(true);
    });

    it('keeps staff-only items with staff (403) and says which items the tenant may tick', async () => {
      const res = await tick(userA, caseA, 'prerequisites', 'advisor_confirmation').expect(403);
      expect(res.body).toMatchObject({
        reason: 'support.checklistItemStaffOnly',
        detail: 'この項目は施設の担当者がチェックします。施設にご依頼ください。',
      });
      const read = await t.http.get(`/api/v1/subsidy-applications/${caseA}`).set(bearer(userA)).expect(200);
      const flags = Object.fromEntries(
        read.body.prerequisites.map((i: { key: string; tenantMayTick: boolean }) => [i.key, i.tenantMayTick]),
      );
      expect(flags).toEqual({ gbizid: true, chamber_support_plan: true, advisor_confirmation: false });
      // An item staff added to the case is theirs as well.
      await t.http
        .patch(`/api/v1/subsidy-applications/${caseA}`)
        .set(bearer(im))
        .send({ evidence: [{ key: 'bank_statement', label: '通帳の写し', done: false }] })
        .expect(200);
      await tick(userA, caseA, 'evidence', 'bank_statement').expect(403);
    });

    it("is 404 for another tenant's case, another facility's case and an unknown item", async () => {
      await tick(userB, caseA, 'prerequisites', 'gbizid').expect(404);
      await tick(otherUser, caseA, 'prerequisites', 'gbizid').expect(404);
      await tick(userA, caseA, 'prerequisites', 'no_such_item').expect(404);
      const untouched = await t.http.get(`/api/v1/subsidy-applications/${caseA}`).set(bearer(im)).expect(200);
      expect(untouched.body.prerequisites.find((i: { key: string }) => i.key === 'gbizid').done).toBe(false);
    });

    it('validates the list, the body (whitelist) and the role', async () => {
      await tick(userA, caseA, 'notes', 'gbizid').expect(400);
      await tick(userA, caseA, 'prerequisites', 'gbizid', {}).expect(400);
      await tick(userA, caseA, 'prerequisites', 'gbizid', { done: true, doneOn: '2020-01-01' }).expect(400);
      await tick(userA, 'not-a-uuid', 'prerequisites', 'gbizid').expect(400);
      await tick(im, caseA, 'prerequisites', 'gbizid').expect(403);
    });

    it('refuses a closed case (409)', async () => {
      await t.http
        .post(`/api/v1/subsidy-applications/${caseA}/transitions`)
        .set(bearer(im))
        .send({ to: 'withdrawn', date: '2027-02-01', reason: '事業計画の見直し' })
        .expect(200);
      await tick(userA, caseA, 'evidence', 'photos').expect(409);
    });
  });

  describe('KPI survey drafts: PUT/DELETE /portal/kpi-surveys/:id/draft', () => {
    const draft = (token: string, id: string, body: object) =>
      t.http.put(`/api/v1/portal/kpi-surveys/${id}/draft`).set(bearer(token)).send(body);
    const surveysOf = async (token: string) =>
      (await t.http.get('/api/v1/portal/kpi-surveys').set(bearer(token)).expect(200)).body.items as {
        id: string;
        draft: { values: Record<string, unknown>; savedAt: string } | null;
      }[];

    it('keeps a partial answer on the server and returns it with the survey', async () => {
      expect((await surveysOf(userA)).find((s) => s.id === survey)!.draft).toBeNull();
      const saved = await draft(userA, survey, { employees: 7, revenue: null, note: '途中まで' }).expect(200);
      expect(saved.body).toMatchObject({ surveyId: survey, values: { employees: 7, revenue: null, note: '途中まで' } });
      const again = await draft(userA, survey, { employees: 8, patents: 1 }).expect(200);
      expect(again.body.values).toEqual({ employees: 8, patents: 1 });
      const read = (await surveysOf(userA)).find((s) => s.id === survey)!;
      expect(read.draft).toMatchObject({ values: { employees: 8, patents: 1 } });
      expect(Date.parse(read.draft!.savedAt)).not.toBeNaN();
    });

    it("does not show one tenant's draft to another, and is 404 for another facility's survey", async () => {
      expect((await surveysOf(userB)).find((s) => s.id === survey)!.draft).toBeNull();
      await draft(otherUser, survey, { employees: 1 }).expect(404);
      await t.http.delete(`/api/v1/portal/kpi-surveys/${survey}/draft`).set(bearer(otherUser)).expect(404);
      expect((await surveysOf(userA)).find((s) => s.id === survey)!.draft).not.toBeNull();
    });

    it('validates the figures (whitelist) and the role', async () => {
      await draft(userA, survey, { employees: -1 }).expect(400);
      await draft(userA, survey, { revenue: 1.5 }).expect(400);
      await draft(userA, survey, { employees: 1, tenantId: tenantB }).expect(400);
      await draft(im, survey, { employees: 1 }).expect(403);
    });

    it('refuses a draft for a survey that is not open (409)', async () => {
      const closed = (
        await t.http
          .post('/api/v1/kpi-surveys')
          .set(bearer(f.adminToken))
          .send({ period: '2026-Q2', opensOn: addDays(today, -60), closesOn: addDays(today, -1) })
          .expect(201)
      ).body.id;
      await draft(userA, closed, { employees: 1 }).expect(409);
    });

    it('is gone once the tenant submits, and can be discarded', async () => {
      await t.http
        .put(`/api/v1/portal/kpi-surveys/${survey}/submission`)
        .set(bearer(userA))
        .send({ employees: 8, revenue: 1_000_000, moneyRaised: 0, patents: 1, productsLaunched: 0 })
        .expect(200);
      expect((await surveysOf(userA)).find((s) => s.id === survey)!.draft).toBeNull();
      await draft(userB, survey, { employees: 3 }).expect(200);
      await t.http.delete(`/api/v1/portal/kpi-surveys/${survey}/draft`).set(bearer(userB)).expect(204);
      await t.http.delete(`/api/v1/portal/kpi-surveys/${survey}/draft`).set(bearer(userB)).expect(204);
      expect((await surveysOf(userB)).find((s) => s.id === survey)!.draft).toBeNull();
    });
  });
});
