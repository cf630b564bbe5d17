import { TransactionRunner } from '@tamago/database';
import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { validCorporateNumber, withWrongCheckDigit } from './helpers';

const REVIEWS = [{ reviewer: '審査 委員A', score: 4, comment: '事業計画は具体的' }];

describe('tenants', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let im: { userId: string; token: string };

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, '施設A');
    other = await createFacility(t.app, t.http, '施設B');
    im = await createUser(t.app, t.http, f.facilityId, [Role.IncubationManager]);
  });
  afterAll(() => t.close());

  const post = (token: string, body: object) => t.http.post('/api/v1/tenants').set(bearer(token)).send(body);
  const count = async (facilityId: string) =>
    t.app
      .get(TransactionRunner)
      .inFacility(facilityId, async (em) => Number((await em.query('SELECT count(*) AS n FROM tenants'))[0].n));

  it('lists each tenant as its own record reads, contacts in their order, pages in the chosen order', async () => {
    const made: string[] = [];
    for (const [i, kana] of ['ﾘｽﾄｱ', 'ﾘｽﾄｲ', 'ﾘｽﾄｳ'].entries()) {
      const res = await post(im.token, {
        kind: 'individual',
        name: `一覧 確認${i}`,
        nameKana: kana,
        tags: ['list-check'],
        managerId: im.userId,
        contacts: [
          { role: 'primary', name: `主 担当${i}`, email: `main${i}@example.jp` },
          { role: 'billing', name: `経理 担当${i}`, phone: '03-0000-0000' },
        ],
      }).expect(201);
      made.push(res.body.id);
    }
    const page = async (query: object) =>
      (
        await t.http
          .get('/api/v1/tenants')
          .query({ tag: 'list-check', ...query })
          .set(bearer(im.token))
          .expect(200)
      ).body;
    const all = await page({ limit: 10 });
    expect(all.total).toBe(3);
    expect(all.items.map((x: { id: string }) => x.id)).toEqual(made);
    for (const item of all.items) {
      const one = await t.http.get(`/api/v1/tenants/${item.id}`).set(bearer(im.token)).expect(200);
      expect(item).toStrictEqual(one.body);
      expect(item.contacts.map((c: { role: string }) => c.role)).toEqual(['primary', 'billing']);
    }
    const second = await page({ limit: 1, offset: 1, sort: '-name' });
    expect([second.total, second.items.map((x: { id: string }) => x.id)]).toEqual([3, [made[1]]]);
    expect(await page({ limit: 1, offset: 5 })).toEqual({ items: [], total: 3 });
  });

  it('creates a corporation (full-width digits normalised), lists and searches it by name and kana', async () => {
    const number = validCorporateNumber();
    const fullWidth = number.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const res = await post(im.token, {
      kind: 'corporation',
      name: '株式会社たまご検索テスト',
      nameKana: 'ｶﾌﾞｼｷｶﾞｲｼｬﾀﾏｺﾞｹﾝｻｸ',
      corporateNumber: fullWidth,
      managerId: im.userId,
      tags: ['IT', 'IT', 'bio'],
      contacts: [{ role: 'primary', name: '山田 太郎', email: 'yamada@example.jp' }],
    }).expect(201);
    expect(res.body).toMatchObject({
      id: expect.any(String),
      status: 'applicant',
      corporateNumber: number,
      nameKana: 'カブシキガイシャタマゴケンサク',
      tags: ['IT', 'bio'],
      managerId: im.userId,
      // Names beside ids: the incubation manager reads the manager's name, not only the id (#9).
      managerName: Role.IncubationManager,
      contacts: [{ role: 'primary', name: '山田 太郎' }],
    });
    const byKana = await t.http.get('/api/v1/tenants').query({ q: 'たまごけんさく' }).set(bearer(im.token)).expect(200);
    expect(byKana.body.total).toBe(1);
    expect(byKana.body.items[0]).toMatchObject({
      id: res.body.id,
      managerId: im.userId,
      managerName: Role.IncubationManager,
    });
    const byName = await t.http
      .get('/api/v1/tenants')
      .query({ q: '検索テスト', tag: 'bio', kind: 'corporation' })
      .set(bearer(im.token))
      .expect(200);
    expect(byName.body.total).toBe(1);
    const none = await t.http
      .get('/api/v1/tenants')
      .query({ q: '検索テスト', status: 'active' })
      .set(bearer(im.token))
      .expect(200);
    expect(none.body).toEqual({ items: [], total: 0 });
  });

  it('checks the corporate-number check digit: valid accepted, wrong refused naming the field', async () => {
    const ok = validCorporateNumber();
    await post(im.token, {
      kind: 'corporation',
      name: '検証株式会社',
      nameKana: 'ケンショウ',
      corporateNumber: ok,
    }).expect(201);
    const before = await count(f.facilityId);
    const bad = await post(im.token, {
      kind: 'corporation',
      name: '誤り株式会社',
      nameKana: 'アヤマリ',
      corporateNumber: withWrongCheckDigit(validCorporateNumber()),
    }).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'corporateNumber' })]);
    const short = await post(im.token, {
      kind: 'corporation',
      name: '短い',
      nameKana: 'ミジカイ',
      corporateNumber: '123456789012',
    }).expect(400);
    expect(short.body.errors[0].field).toBe('corporateNumber');
    expect(await count(f.facilityId)).toBe(before);
  });

  it('refuses a duplicate corporate number in the facility with 409, but another facility may have it', async () => {
    const number = validCorporateNumber();
    await post(im.token, {
      kind: 'corporation',
      name: '重複一号',
      nameKana: 'ジュウフクイチゴウ',
      corporateNumber: number,
    }).expect(201);
    const dup = await post(im.token, {
      kind: 'corporation',
      name: '重複二号',
      nameKana: 'ジュウフクニゴウ',
      corporateNumber: number,
    }).expect(409);
    expect(dup.body.errors[0].field).toBe('corporateNumber');
    await post(other.adminToken, {
      kind: 'corporation',
      name: '他施設',
      nameKana: 'タシセツ',
      corporateNumber: number,
    }).expect(201);
  });

  it('answers 400 naming the field for bad input, and writes nothing', async () => {
    const before = await count(f.facilityId);
    const cases: [object, string][] = [
      [{ kind: 'corporation', name: 'かな違反', nameKana: 'Kabushiki' }, 'nameKana'],
      [{ kind: 'corporation', name: 'かな違反', nameKana: '株式会社' }, 'nameKana'],
      [
        {
          kind: 'corporation',
          name: '日付',
          nameKana: 'ヒヅケ',
          foundedOn: '2027-02-30',
        },
        'foundedOn',
      ],
      [
        {
          kind: 'corporation',
          name: '人数',
          nameKana: 'ニンズウ',
          employees: -1,
        },
        'employees',
      ],
      [{ kind: 'spaceship', name: '種類', nameKana: 'シュルイ' }, 'kind'],
      [
        {
          kind: 'individual',
          name: '個人',
          nameKana: 'コジン',
          corporateNumber: validCorporateNumber(),
        },
        'corporateNumber',
      ],
      [
        {
          kind: 'corporation',
          name: '担当',
          nameKana: 'タントウ',
          managerId: other.adminUserId,
        },
        'managerId',
      ],
    ];
    for (const [body, field] of cases) {
      const res = await post(im.token, body).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await count(f.facilityId)).toBe(before);
  });

  it('walks the lifecycle through the API: legal steps succeed, illegal ones answer 409 with the allowed steps', async () => {
    const created = await post(im.token, {
      kind: 'corporation',
      name: 'ライフサイクル株式会社',
      nameKana: 'ライフサイクル',
    }).expect(201);
    const id = created.body.id as string;
    const step = (body: object) => t.http.post(`/api/v1/tenants/${id}/transitions`).set(bearer(im.token)).send(body);
    const illegal = await step({
      to: 'active',
      enteredOn: '2026-04-01',
    }).expect(409);
    expect(illegal.body.allowed).toEqual(['screening', 'withdrawn']);
    await step({ to: 'screening' }).expect(200);
    // approval needs the reviewers' record
    const missing = await step({
      to: 'approved',
      decidedOn: '2026-03-10',
    }).expect(400);
    expect(missing.body.errors[0].field).toBe('reviews');
    const approved = await step({
      to: 'approved',
      decidedOn: '2026-03-10',
      reviews: REVIEWS,
    }).expect(200);
    expect(approved.body.screening).toEqual({
      reviews: REVIEWS,
      decision: 'approved',
      decidedOn: '2026-03-10',
    });
    // a corporation needs its corporate number to enter
    const noNumber = await step({
      to: 'active',
      enteredOn: '2026-04-01',
    }).expect(400);
    expect(noNumber.body.errors[0].field).toBe('corporateNumber');
    await t.http
      .patch(`/api/v1/tenants/${id}`)
      .set(bearer(im.token))
      .send({ corporateNumber: validCorporateNumber() })
      .expect(200);
    const active = await step({ to: 'active', enteredOn: '2026-04-01' }).expect(200);
    expect(active.body).toMatchObject({
      status: 'active',
      enteredOn: '2026-04-01',
    });
    const graduated = await step({
      to: 'graduated',
      graduatedOn: '2029-03-31',
      reason: '事業拡大',
      destination: '市内の自社ビル',
    }).expect(200);
    expect(graduated.body.graduation).toEqual({
      graduatedOn: '2029-03-31',
      reason: '事業拡大',
      destination: '市内の自社ビル',
    });
    const final = await step({ to: 'active', enteredOn: '2029-04-01' }).expect(409);
    expect(final.body.allowed).toEqual([]);
  });

  it('covers rejection and withdrawal, and onboarding an existing tenant as active', async () => {
    const a = (
      await post(im.token, {
        kind: 'sole_proprietor',
        name: '佐藤 一郎',
        nameKana: 'サトウ イチロウ',
        tradeName: 'サトウ工房',
      }).expect(201)
    ).body;
    await t.http
      .post(`/api/v1/tenants/${a.id}/transitions`)
      .set(bearer(im.token))
      .send({ to: 'screening' })
      .expect(200);
    const rejected = await t.http
      .post(`/api/v1/tenants/${a.id}/transitions`)
      .set(bearer(im.token))
      .send({ to: 'rejected', decidedOn: '2026-01-20', reviews: REVIEWS })
      .expect(200);
    expect(rejected.body.screening.decision).toBe('rejected');
    const b = (
      await post(im.token, {
        kind: 'individual',
        name: '鈴木 花子',
        nameKana: 'スズキ ハナコ',
      }).expect(201)
    ).body;
    const withdrawn = await t.http
      .post(`/api/v1/tenants/${b.id}/transitions`)
      .set(bearer(im.token))
      .send({ to: 'withdrawn', withdrawnOn: '2026-02-01', reason: '辞退' })
      .expect(200);
    expect(withdrawn.body.withdrawal).toEqual({
      withdrawnOn: '2026-02-01',
      reason: '辞退',
    });
    const onboarded = await post(im.token, {
      kind: 'corporation',
      name: '既存入居株式会社',
      nameKana: 'キソンニュウキョ',
      status: 'active',
      enteredOn: '2023-04-01',
      corporateNumber: validCorporateNumber(),
    }).expect(201);
    expect(onboarded.body).toMatchObject({
      status: 'active',
      enteredOn: '2023-04-01',
    });
  });

  it('lets tenant users see and edit only their own tenant, and only tenant-owned fields', async () => {
    const mine = (
      await post(im.token, {
        kind: 'corporation',
        name: '自社株式会社',
        nameKana: 'ジシャ',
      }).expect(201)
    ).body;
    const theirs = (
      await post(im.token, {
        kind: 'corporation',
        name: '他社株式会社',
        nameKana: 'タシャ',
      }).expect(201)
    ).body;
    const user = await createUser(t.app, t.http, f.facilityId, [Role.TenantAdmin], { tenantId: mine.id });
    await t.http.get(`/api/v1/tenants/${mine.id}`).set(bearer(user.token)).expect(200);
    await t.http.get(`/api/v1/tenants/${theirs.id}`).set(bearer(user.token)).expect(404);
    await t.http.get('/api/v1/tenants').set(bearer(user.token)).expect(403);
    const patched = await t.http
      .patch(`/api/v1/tenants/${mine.id}`)
      .set(bearer(user.token))
      .send({
        website: 'https://jisha.example.jp',
        contacts: [{ role: 'billing', name: '経理 担当' }],
      })
      .expect(200);
    expect(patched.body).toMatchObject({
      website: 'https://jisha.example.jp',
      contacts: [{ role: 'billing', name: '経理 担当' }],
    });
    await t.http.patch(`/api/v1/tenants/${mine.id}`).set(bearer(user.token)).send({ name: '乗っ取り' }).expect(403);
    await t.http
      .patch(`/api/v1/tenants/${theirs.id}`)
      .set(bearer(user.token))
      .send({ website: 'https://x.example.jp' })
      .expect(404);
    await t.http
      .post(`/api/v1/tenants/${mine.id}/transitions`)
      .set(bearer(user.token))
      .send({ to: 'screening' })
      .expect(403);
  });

  it("answers 404 for another facility's tenant on read, patch, transition, archive and delete", async () => {
    const foreign = (
      await post(other.adminToken, {
        kind: 'corporation',
        name: '別施設株式会社',
        nameKana: 'ベツシセツ',
      }).expect(201)
    ).body;
    await t.http.get(`/api/v1/tenants/${foreign.id}`).set(bearer(f.adminToken)).expect(404);
    await t.http
      .patch(`/api/v1/tenants/${foreign.id}`)
      .set(bearer(f.adminToken))
      .send({ address: '東京都' })
      .expect(404);
    await t.http
      .post(`/api/v1/tenants/${foreign.id}/transitions`)
      .set(bearer(f.adminToken))
      .send({ to: 'screening' })
      .expect(404);
    await t.http.post(`/api/v1/tenants/${foreign.id}/archive`).set(bearer(f.adminToken)).expect(404);
    await t.http.delete(`/api/v1/tenants/${foreign.id}`).set(bearer(f.adminToken)).expect(404);
    const still = await t.http.get(`/api/v1/tenants/${foreign.id}`).set(bearer(other.adminToken)).expect(200);
    expect(still.body.address).toBeNull();
  });

  it('archives a tenant (hidden from the list) and deletes one without leases', async () => {
    const a = (
      await post(im.token, {
        kind: 'corporation',
        name: 'アーカイブ株式会社',
        nameKana: 'アーカイブ',
      }).expect(201)
    ).body;
    await t.http.post(`/api/v1/tenants/${a.id}/archive`).set(bearer(im.token)).expect(200);
    const list = await t.http.get('/api/v1/tenants').query({ q: 'アーカイブ' }).set(bearer(im.token)).expect(200);
    expect(list.body.total).toBe(0);
    const archived = await t.http
      .get('/api/v1/tenants')
      .query({ q: 'アーカイブ', archived: 'true' })
      .set(bearer(im.token))
      .expect(200);
    expect(archived.body.total).toBe(1);
    await t.http.delete(`/api/v1/tenants/${a.id}`).set(bearer(f.adminToken)).expect(204);
    await t.http.get(`/api/v1/tenants/${a.id}`).set(bearer(f.adminToken)).expect(404);
  });

  it('a query without a facility filter still sees only its own facility (RLS)', async () => {
    const rows: { facility_id: string }[] = await t.app
      .get(TransactionRunner)
      .inFacility(f.facilityId, (em) => em.query('SELECT * FROM tenants'));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.facility_id))).toEqual(new Set([f.facilityId]));
  });
});
