import { Role } from '@tamago/identity';
import { TestFacility, bearer, createActiveTenant, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';

describe('partners, referrals, improvement plans, events, timeline', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let im: string;
  let tenantId: string;
  let otherTenantId: string;
  let tenantUser: string;
  let tenantUser2: string;
  let orgId: string;

  const newTenant = (token: string, name: string) => createActiveTenant(t.http, token, name);
  const newOrg = async (token: string, name: string) =>
    (await t.http.post('/api/v1/organizations').set(bearer(token)).send({ kind: 'bank', name }).expect(201)).body
      .id as string;
  const consent = { givenBy: '代表 山田', givenAt: '2026-05-01T10:00:00+09:00', method: 'written' };
  const future = (days: number, hour = 10) => new Date(Date.now() + days * 86_400_000 + hour * 3_600_000).toISOString();

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, '施設A');
    other = await createFacility(t.app, t.http, '施設B');
    im = (await createUser(t.app, t.http, f.facilityId, [Role.IncubationManager])).token;
    tenantId = await newTenant(im, '入居株式会社');
    otherTenantId = await newTenant(im, '別入居株式会社');
    tenantUser = (await createUser(t.app, t.http, f.facilityId, [Role.TenantAdmin], { tenantId })).token;
    tenantUser2 = (await createUser(t.app, t.http, f.facilityId, [Role.TenantMember], { tenantId })).token;
    orgId = (
      await t.http
        .post('/api/v1/organizations')
        .set(bearer(im))
        .send({
          kind: 'industry_network',
          name: '地域産業ネットワーク',
          contacts: [
            { name: '佐藤', role: 'coordinator', email: 'sato@example.jp', phone: '03-0000-0000' },
            { name: '鈴木', role: 'manager' },
          ],
          notes: '130 coordinators',
        })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  describe('organizations', () => {
    it('lists with search and kind filter, and refuses a bad kind naming the field', async () => {
      await newOrg(im, '信用保証協会X');
      const res = await t.http.get('/api/v1/organizations?q=ネットワーク').set(bearer(im)).expect(200);
      expect(res.body.total).toBe(1);
      expect(res.body.items[0].contacts).toEqual([
        { name: '佐藤', role: 'coordinator', email: 'sato@example.jp', phone: '03-0000-0000' },
        { name: '鈴木', role: 'manager', email: null, phone: null },
      ]);
      const banks = await t.http.get('/api/v1/organizations?kind=bank').set(bearer(im)).expect(200);
      expect(banks.body.items.map((o: { name: string }) => o.name)).toEqual(['信用保証協会X']);
      const bad = await t.http
        .post('/api/v1/organizations')
        .set(bearer(im))
        .send({ kind: 'ufo', name: 'x' })
        .expect(400);
      expect(JSON.stringify(bad.body)).toContain('kind');
      await t.http
        .post('/api/v1/organizations')
        .set(bearer(im))
        .send({ kind: 'bank', name: '信用保証協会X' })
        .expect(409);
    });

    it('keeps facilities apart: B cannot read, change or delete A organisations', async () => {
      await t.http.get(`/api/v1/organizations/${orgId}`).set(bearer(other.adminToken)).expect(404);
      await t.http
        .patch(`/api/v1/organizations/${orgId}`)
        .set(bearer(other.adminToken))
        .send({ name: 'x' })
        .expect(404);
      await t.http.delete(`/api/v1/organizations/${orgId}`).set(bearer(other.adminToken)).expect(404);
      const list = await t.http.get('/api/v1/organizations').set(bearer(other.adminToken)).expect(200);
      expect(list.body.total).toBe(0);
      await t.http.get('/api/v1/organizations').set(bearer(tenantUser)).expect(403);
    });
  });

  describe('referrals', () => {
    it('runs proposed → sent → accepted → in_progress → closed, refusing send without consent', async () => {
      const created = await t.http
        .post('/api/v1/referrals')
        .set(bearer(im))
        .send({
          tenantId,
          organizationId: orgId,
          direction: 'outbound',
          need: '共同研究先の紹介',
          staffNotes: '社長は慎重',
        })
        .expect(201);
      const id = created.body.id;
      expect(created.body.status).toBe('proposed');
      const noConsent = await t.http
        .post(`/api/v1/referrals/${id}/transitions`)
        .set(bearer(im))
        .send({ to: 'sent', sentOn: '2026-05-02' })
        .expect(409);
      expect(noConsent.body.reason).toBe('partners.consentMissing');
      expect(noConsent.body.detail).toBe('企業の同意を得る前に外部への紹介は送れません。先に同意を記録してください。');
      await t.http.patch(`/api/v1/referrals/${id}`).set(bearer(im)).send({ consent }).expect(200);
      await t.http
        .post(`/api/v1/referrals/${id}/transitions`)
        .set(bearer(im))
        .send({ to: 'sent', sentOn: '2026-05-02' })
        .expect(200);
      const illegal = await t.http
        .post(`/api/v1/referrals/${id}/transitions`)
        .set(bearer(im))
        .send({ to: 'closed' })
        .expect(409);
      expect(illegal.body.allowed).toEqual(['accepted', 'declined', 'cancelled']);
      await t.http
        .post(`/api/v1/referrals/${id}/transitions`)
        .set(bearer(im))
        .send({ to: 'accepted', acceptedOn: '2026-05-03' })
        .expect(200);
      await t.http
        .post(`/api/v1/referrals/${id}/transitions`)
        .set(bearer(im))
        .send({ to: 'in_progress', startedOn: '2026-05-04' })
        .expect(200);
      await t.http
        .post(`/api/v1/referrals/${id}/transitions`)
        .set(bearer(im))
        .send({ to: 'closed', closedOn: '2026-06-01' })
        .expect(400);
      const closed = await t.http
        .post(`/api/v1/referrals/${id}/transitions`)
        .set(bearer(im))
        .send({ to: 'closed', closedOn: '2026-06-01', outcome: 'resolved', outcomeDetail: 'joint research started' })
        .expect(200);
      expect(closed.body).toMatchObject({
        status: 'closed',
        outcome: 'resolved',
        outcomeDetail: 'joint research started',
      });
      expect(closed.body.history.map((h: { status: string; on: string | null }) => [h.status, h.on])).toEqual([
        ['proposed', null],
        ['sent', '2026-05-02'],
        ['accepted', '2026-05-03'],
        ['in_progress', '2026-05-04'],
        ['closed', '2026-06-01'],
      ]);
    });

    it('lets an inbound referral be sent without consent and lists overdue check-ins only', async () => {
      const id = (
        await t.http
          .post('/api/v1/referrals')
          .set(bearer(im))
          .send({ tenantId: otherTenantId, organizationId: orgId, direction: 'inbound', need: '資金繰り相談' })
          .expect(201)
      ).body.id;
      await t.http
        .post(`/api/v1/referrals/${id}/transitions`)
        .set(bearer(im))
        .send({ to: 'sent', sentOn: '2026-05-02' })
        .expect(200);
      const overdue = (
        await t.http
          .post(`/api/v1/referrals/${id}/check-ins`)
          .set(bearer(im))
          .send({ dueOn: '2020-01-10', note: 'call' })
          .expect(201)
      ).body;
      await t.http.post(`/api/v1/referrals/${id}/check-ins`).set(bearer(im)).send({ dueOn: '2099-01-10' }).expect(201);
      const done = (
        await t.http.post(`/api/v1/referrals/${id}/check-ins`).set(bearer(im)).send({ dueOn: '2020-01-11' }).expect(201)
      ).body;
      await t.http
        .post(`/api/v1/referrals/${id}/check-ins/${done.id}/complete`)
        .set(bearer(im))
        .send({ doneOn: '2020-01-11' })
        .expect(200);
      // A referral's check-ins are a list like every other: limit and offset page it (#9).
      const all = await t.http.get(`/api/v1/referrals/${id}/check-ins`).set(bearer(im)).expect(200);
      expect(all.body).toHaveLength(3);
      const paged = await t.http.get(`/api/v1/referrals/${id}/check-ins?limit=1&offset=1`).set(bearer(im)).expect(200);
      expect(paged.body).toEqual([all.body[1]]);
      await t.http.get(`/api/v1/referrals/${id}/check-ins?limit=0`).set(bearer(im)).expect(400);
      const res = await t.http.get('/api/v1/referrals/follow-ups?overdue=true').set(bearer(im)).expect(200);
      expect(res.body.items.map((c: { id: string }) => c.id)).toEqual([overdue.id]);
      expect(res.body.items[0]).toMatchObject({ dueOn: '2020-01-10', overdue: true, doneOn: null });
      // Names beside ids: the referral's tenant and organisation.
      expect(res.body.items[0]).toMatchObject({
        tenantId: otherTenantId,
        tenantName: '別入居株式会社',
        organizationId: orgId,
        organizationName: '地域産業ネットワーク',
      });
      const open = await t.http.get('/api/v1/referrals/follow-ups').set(bearer(im)).expect(200);
      expect(open.body.total).toBe(2);
      await t.http.get('/api/v1/referrals/follow-ups?overdue=maybe').set(bearer(im)).expect(400);
      const isolated = await t.http
        .get('/api/v1/referrals/follow-ups?overdue=true')
        .set(bearer(other.adminToken))
        .expect(200);
      expect(isolated.body.total).toBe(0);
    });

    it('treats other facilities ids as unknown (body 400, path 404)', async () => {
      const otherOrg = await newOrg(other.adminToken, '他施設の銀行');
      const bad = await t.http
        .post('/api/v1/referrals')
        .set(bearer(im))
        .send({ tenantId, organizationId: otherOrg, direction: 'outbound', need: 'x' })
        .expect(400);
      expect(JSON.stringify(bad.body)).toContain('organizationId');
      const mine = (await t.http.get('/api/v1/referrals').set(bearer(im)).expect(200)).body.items[0].id;
      await t.http.get(`/api/v1/referrals/${mine}`).set(bearer(other.adminToken)).expect(404);
      await t.http.patch(`/api/v1/referrals/${mine}`).set(bearer(other.adminToken)).send({ need: 'y' }).expect(404);
      await t.http
        .post(`/api/v1/referrals/${mine}/check-ins`)
        .set(bearer(other.adminToken))
        .send({ dueOn: '2026-01-01' })
        .expect(404);
      expect((await t.http.get('/api/v1/referrals').set(bearer(other.adminToken)).expect(200)).body.total).toBe(0);
    });
  });

  describe('improvement plans', () => {
    it('computes variances at reviews, moves the next review and lists overdue reviews', async () => {
      const plan = await t.http
        .post('/api/v1/improvement-plans')
        .set(bearer(im))
        .send({
          tenantId,
          title: '経営改善計画',
          consultantName: '中小 太郎',
          consultantOrganizationId: orgId,
          startsOn: '2020-04-01',
          monitoringDates: ['2020-07-01', '2020-10-01'],
          targets: [{ fiscalYear: 2020, sales: 100_000_000, operatingProfit: 5_000_000, cashFlow: -2_000_000 }],
        })
        .expect(201);
      expect(plan.body).toMatchObject({ nextReviewOn: '2020-07-01', overdue: true, consultantMinutes: 0 });
      const review = await t.http
        .post(`/api/v1/improvement-plans/${plan.body.id}/reviews`)
        .set(bearer(im))
        .send({
          reviewedOn: '2020-07-02',
          fiscalYear: 2020,
          actualSales: 92_500_000,
          actualOperatingProfit: 5_500_000,
          actualCashFlow: -1_000_000,
          consultantMinutes: 90,
          notes: '資金繰り厳しい',
        })
        .expect(201);
      expect(review.body.variance.sales).toEqual({
        target: 100_000_000,
        actual: 92_500_000,
        varianceYen: -7_500_000,
        varianceBp: -750,
      });
      expect(review.body.variance.cashFlow).toEqual({
        target: -2_000_000,
        actual: -1_000_000,
        varianceYen: 1_000_000,
        varianceBp: 5000,
      });
      const after = await t.http.get(`/api/v1/improvement-plans/${plan.body.id}`).set(bearer(im)).expect(200);
      expect(after.body).toMatchObject({ nextReviewOn: '2020-10-01', consultantMinutes: 90 });
      const current = await t.http
        .post('/api/v1/improvement-plans')
        .set(bearer(im))
        .send({
          tenantId: otherTenantId,
          title: 'current',
          consultantName: 'B',
          startsOn: '2099-04-01',
          targets: [{ fiscalYear: 2099, sales: 1, operatingProfit: 1, cashFlow: 1 }],
        })
        .expect(201);
      expect(current.body).toMatchObject({ nextReviewOn: '2099-07-01', overdue: false });
      const overdue = await t.http.get('/api/v1/improvement-plans/overdue-reviews').set(bearer(im)).expect(200);
      expect(overdue.body.items.map((p: { id: string }) => p.id)).toEqual([plan.body.id]);
      const noYear = await t.http
        .post(`/api/v1/improvement-plans/${plan.body.id}/reviews`)
        .set(bearer(im))
        .send({
          reviewedOn: '2020-10-01',
          fiscalYear: 2021,
          actualSales: 1,
          actualOperatingProfit: 1,
          actualCashFlow: 1,
        })
        .expect(400);
      expect(JSON.stringify(noYear.body)).toContain('fiscalYear');
      await t.http
        .post('/api/v1/improvement-plans')
        .set(bearer(im))
        .send({
          tenantId,
          title: 'x',
          consultantName: 'y',
          startsOn: '2020-04-01',
          targets: [{ fiscalYear: 2020, sales: 1.5, operatingProfit: 1, cashFlow: 1 }],
        })
        .expect(400);
      await t.http.get(`/api/v1/improvement-plans/${plan.body.id}`).set(bearer(other.adminToken)).expect(404);
      await t.http
        .patch(`/api/v1/improvement-plans/${plan.body.id}`)
        .set(bearer(other.adminToken))
        .send({ title: 'x' })
        .expect(404);
      expect(
        (await t.http.get('/api/v1/improvement-plans/overdue-reviews').set(bearer(other.adminToken)).expect(200)).body
          .total,
      ).toBe(0);
    });
  });

  describe('events', () => {
    const createEvent = async (body: object) =>
      (
        await t.http
          .post('/api/v1/events')
          .set(bearer(im))
          .send({
            kind: 'exhibition',
            title: '展示会',
            startsAt: future(10),
            endsAt: future(10, 16),
            venue: '本館',
            coHostIds: [orgId],
            ...body,
          })
          .expect(201)
      ).body.id as string;
    const guest = (eventId: string, n: string) =>
      t.http
        .post(`/api/v1/events/${eventId}/registrations`)
        .set(bearer(im))
        .send({ guest: { name: n, company: 'ゲスト社', email: `${n}@guest.example` } });

    it('promotes the first waitlisted registration when a confirmed one is cancelled', async () => {
      const id = await createEvent({ capacity: 2, waitlistEnabled: true });
      const a = (await guest(id, 'a').expect(201)).body;
      const b = (await guest(id, 'b').expect(201)).body;
      const c = (await guest(id, 'c').expect(201)).body;
      expect([a.status, b.status, c.status]).toEqual(['confirmed', 'confirmed', 'waitlisted']);
      const cancel = await t.http.post(`/api/v1/events/${id}/registrations/${b.id}/cancel`).set(bearer(im)).expect(200);
      expect(cancel.body.promotedIds).toEqual([c.id]);
      const list = await t.http.get(`/api/v1/events/${id}/registrations`).set(bearer(im)).expect(200);
      expect(list.body.items.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([
        [a.id, 'confirmed'],
        [b.id, 'cancelled'],
        [c.id, 'confirmed'],
      ]);
    });

    it('gives the last seat to one of two concurrent registrations', async () => {
      const withWaitlist = await createEvent({ capacity: 1, waitlistEnabled: true });
      const both = await Promise.all([guest(withWaitlist, 'x1'), guest(withWaitlist, 'x2')]);
      expect(both.map((r) => r.status)).toEqual([201, 201]);
      expect(both.map((r) => r.body.status).sort()).toEqual(['confirmed', 'waitlisted']);
      const noWaitlist = await createEvent({ capacity: 1 });
      const race = await Promise.all([guest(noWaitlist, 'y1'), guest(noWaitlist, 'y2')]);
      expect(race.map((r) => r.status).sort()).toEqual([201, 409]);
    });

    it('refuses a registration past capacity without a waitlist, and nothing is written', async () => {
      const id = await createEvent({ capacity: 1 });
      await guest(id, 'p1').expect(201);
      const full = await guest(id, 'p2').expect(409);
      expect(full.body.capacity).toBe(1);
      expect((await t.http.get(`/api/v1/events/${id}/registrations`).set(bearer(im)).expect(200)).body.total).toBe(1);
    });

    it('lets tenant users register themselves only, checks in and exports CSV with a BOM', async () => {
      const id = await createEvent({ title: '交流会', kind: 'exchange_meeting' });
      const mine = (
        await t.http
          .post(`/api/v1/events/${id}/registrations`)
          .set(bearer(tenantUser))
          .send({ attendeeName: '入居 花子' })
          .expect(201)
      ).body;
      expect(mine).toMatchObject({ tenantId, status: 'confirmed', attendeeName: '入居 花子' });
      await t.http
        .post(`/api/v1/events/${id}/registrations`)
        .set(bearer(tenantUser))
        .send({ attendeeName: 'again' })
        .expect(409);
      await t.http
        .post(`/api/v1/events/${id}/registrations`)
        .set(bearer(tenantUser))
        .send({ tenantId: otherTenantId })
        .expect(400);
      await t.http
        .post(`/api/v1/events/${id}/registrations`)
        .set(bearer(tenantUser))
        .send({ guest: { name: 'g', email: 'g@x.jp' } })
        .expect(400);
      const g = (await guest(id, 'guest1').expect(201)).body;
      const seen = await t.http.get(`/api/v1/events/${id}/registrations`).set(bearer(tenantUser2)).expect(200);
      expect(seen.body.items.map((r: { id: string }) => r.id)).toEqual([mine.id]);
      await t.http.post(`/api/v1/events/${id}/registrations/${g.id}/cancel`).set(bearer(tenantUser)).expect(404);
      await t.http.post(`/api/v1/events/${id}/registrations/${mine.id}/check-in`).set(bearer(tenantUser)).expect(403);
      const checked = await t.http
        .post(`/api/v1/events/${id}/registrations/${mine.id}/check-in`)
        .set(bearer(im))
        .expect(200);
      expect(checked.body.checkedInAt).not.toBeNull();
      const csv = await t.http
        .get(`/api/v1/events/${id}/attendees.csv`)
        .set(bearer(im))
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      const body = csv.body as Buffer;
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = body.toString('utf8').slice(1).trim().split('\r\n');
      expect(lines[0]).toBe('氏名,会社名,区分,メールアドレス,状態,受付日時,チェックイン日時');
      expect(lines.slice(1).map((l) => l.split(',').slice(0, 5))).toEqual([
        ['入居 花子', '入居株式会社', '入居企業', mine.email, '参加確定'],
        ['guest1', 'ゲスト社', 'ゲスト', 'guest1@guest.example', '参加確定'],
      ]);
    });

    it('validates times and co-hosts, and keeps facilities apart', async () => {
      const bad = await t.http
        .post('/api/v1/events')
        .set(bearer(im))
        .send({ kind: 'seminar', title: 's', startsAt: future(3, 12), endsAt: future(3, 10) })
        .expect(400);
      expect(JSON.stringify(bad.body)).toContain('endsAt');
      await t.http
        .post('/api/v1/events')
        .set(bearer(im))
        .send({ kind: 'seminar', title: 's', startsAt: '2026-06-01T10:00', endsAt: future(3) })
        .expect(400);
      const otherOrg = await newOrg(other.adminToken, '他施設の大学');
      const coHost = await t.http
        .post('/api/v1/events')
        .set(bearer(im))
        .send({ kind: 'seminar', title: 's', startsAt: future(3), endsAt: future(3, 12), coHostIds: [otherOrg] })
        .expect(400);
      expect(JSON.stringify(coHost.body)).toContain('coHostIds');
      const id = await createEvent({});
      await t.http.get(`/api/v1/events/${id}`).set(bearer(other.adminToken)).expect(404);
      await t.http.patch(`/api/v1/events/${id}`).set(bearer(other.adminToken)).send({ title: 'x' }).expect(404);
      await t.http.delete(`/api/v1/events/${id}`).set(bearer(other.adminToken)).expect(404);
      await t.http
        .post(`/api/v1/events/${id}/registrations`)
        .set(bearer(other.adminToken))
        .send({ guest: { name: 'z', email: 'z@z.jp' } })
        .expect(404);
      expect((await t.http.get('/api/v1/events').set(bearer(other.adminToken)).expect(200)).body.total).toBe(0);
    });
  });

  describe('timeline', () => {
    it('shows staff everything, newest first, with a kinds filter and paging', async () => {
      const res = await t.http.get(`/api/v1/tenants/${tenantId}/timeline?limit=200`).set(bearer(im)).expect(200);
      const kinds = new Set(res.body.items.map((i: { kind: string }) => i.kind));
      for (const k of [
        'lifecycle',
        'referral',
        'referral_note',
        'improvement_plan',
        'improvement_plan_review',
        'improvement_plan_note',
        'event_registration',
        'event_attendance',
      ])
        expect([k, kinds.has(k)]).toEqual([k, true]);
      const ats = res.body.items.map((i: { at: string }) => i.at);
      expect(ats).toEqual([...ats].sort().reverse());
      const only = await t.http.get(`/api/v1/tenants/${tenantId}/timeline?kinds=referral`).set(bearer(im)).expect(200);
      expect(only.body.total).toBe(5);
      expect(only.body.items[0]).toMatchObject({
        title: '支援機関紹介: 地域産業ネットワーク（完了）',
        titleEn: 'Referral to 地域産業ネットワーク (closed)',
      });
      const page = await t.http
        .get(`/api/v1/tenants/${tenantId}/timeline?kinds=referral&limit=2&offset=4`)
        .set(bearer(im))
        .expect(200);
      expect(page.body.items.map((i: { title: string; titleEn: string }) => [i.title, i.titleEn])).toEqual([
        ['支援機関紹介: 地域産業ネットワーク（提案）', 'Referral to 地域産業ネットワーク (proposed)'],
      ]);
      const titles = (kind: string) =>
        res.body.items
          .filter((i: { kind: string }) => i.kind === kind)
          .map((i: { title: string; titleEn: string; detail?: string }) => [i.title, i.titleEn, i.detail]);
      expect(titles('lifecycle')).toEqual([['登録: 入居中', 'Registered as active', undefined]]);
      expect(titles('improvement_plan')).toEqual([
        ['経営改善計画: 経営改善計画', 'Improvement plan: 経営改善計画', '担当診断士 中小 太郎'],
      ]);
      expect(titles('improvement_plan_review')).toEqual([
        ['経営改善計画 モニタリング 2020年度', 'Plan review FY2020', '売上差異 -¥7,500,000（-750 bp）'],
      ]);
      expect(titles('improvement_plan_note')).toEqual([
        ['経営改善計画 モニタリング 2020年度: メモ', 'Plan review FY2020: note', '資金繰り厳しい'],
      ]);
      expect(titles('event_registration')).toEqual([
        ['イベント参加登録: 交流会（入居 花子、確定）', 'Event registration: 交流会 (入居 花子, confirmed)', undefined],
      ]);
      expect(titles('event_attendance')).toEqual([
        ['イベント参加: 交流会（入居 花子）', 'Event attended: 交流会 (入居 花子)', undefined],
      ]);
      await t.http.get(`/api/v1/tenants/${tenantId}/timeline?kinds=nonsense`).set(bearer(im)).expect(400);
    });

    it('hides staff-only items from tenant users and confines them to their own tenant', async () => {
      const res = await t.http
        .get(`/api/v1/tenants/${tenantId}/timeline?limit=200`)
        .set(bearer(tenantUser))
        .expect(200);
      expect(res.body.items.length).toBeGreaterThan(0);
      expect(res.body.items.filter((i: { staffOnly: boolean }) => i.staffOnly)).toEqual([]);
      const text = JSON.stringify(res.body);
      expect(text).not.toContain('社長は慎重');
      expect(text).not.toContain('資金繰り厳しい');
      await t.http.get(`/api/v1/tenants/${otherTenantId}/timeline`).set(bearer(tenantUser)).expect(404);
      await t.http.get(`/api/v1/tenants/${tenantId}/timeline`).set(bearer(other.adminToken)).expect(404);
    });
  });
});
