import { Role } from '@tamago/identity';
import { TestFacility, bearer, createActiveTenant, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';

describe('saved views (/api/v1/me/saved-views): each staff user keeps their own views of a list', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let manager: { userId: string; token: string };

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, '保存ビュー施設');
    other = await createFacility(t.app, t.http, '別の保存ビュー施設');
    manager = await createUser(t.app, t.http, f.facilityId, [Role.IncubationManager]);
  });
  afterAll(() => t.close());

  const put = (token: string, body: unknown) =>
    t.http
      .put('/api/v1/me/saved-views')
      .set(bearer(token))
      .send(body as object);
  const list = (token: string, which = 'tenants') =>
    t.http.get('/api/v1/me/saved-views').query({ list: which }).set(bearer(token));

  it('saves a view, replaces it by name, lists it by list and deletes it', async () => {
    const saved = await put(f.adminToken, {
      list: 'tenants',
      name: '審査中',
      search: { status: 'screening', sort: 'name' },
      columns: ['name', 'status', 'manager'],
    }).expect(200);
    expect(saved.body).toMatchObject({
      list: 'tenants',
      name: '審査中',
      search: { status: 'screening', sort: 'name' },
      columns: ['name', 'status', 'manager'],
    });
    const replaced = await put(f.adminToken, {
      list: 'tenants',
      name: ' 審査中 ',
      search: { status: 'approved' },
    }).expect(200);
    expect(replaced.body).toMatchObject({ id: saved.body.id, search: { status: 'approved' }, columns: null });
    await put(f.adminToken, { list: 'invoices', name: '未入金', search: { status: 'issued' } }).expect(200);

    const tenants = await list(f.adminToken).expect(200);
    expect(tenants.body.items.map((v: { name: string }) => v.name)).toEqual(['審査中']);
    const invoices = await list(f.adminToken, 'invoices').expect(200);
    expect(invoices.body.items.map((v: { name: string }) => v.name)).toEqual(['未入金']);

    await t.http.delete(`/api/v1/me/saved-views/${saved.body.id}`).set(bearer(f.adminToken)).expect(204);
    expect((await list(f.adminToken).expect(200)).body.items).toEqual([]);
  });

  it('keeps views per user: another user (even of the same facility) neither sees nor deletes them', async () => {
    const mine = await put(f.adminToken, { list: 'tenants', name: '自分用', search: { q: 'たまご' } }).expect(200);
    expect((await list(manager.token).expect(200)).body.items).toEqual([]);
    await t.http.delete(`/api/v1/me/saved-views/${mine.body.id}`).set(bearer(manager.token)).expect(404);
    await t.http.delete(`/api/v1/me/saved-views/${mine.body.id}`).set(bearer(other.adminToken)).expect(404);
    expect((await list(other.adminToken).expect(200)).body.items).toEqual([]);
    expect((await list(f.adminToken).expect(200)).body.items.map((v: { name: string }) => v.name)).toContain('自分用');
  });

  it('refuses bad input with the field named (never a 500)', async () => {
    const unknownList = await put(f.adminToken, { list: 'payments', name: 'x', search: {} }).expect(400);
    expect(unknownList.body.errors.map((e: { field: string }) => e.field)).toContain('list');
    const noName = await put(f.adminToken, { list: 'tenants', name: '', search: {} }).expect(400);
    expect(noName.body.errors.map((e: { field: string }) => e.field)).toContain('name');
    const blankName = await put(f.adminToken, { list: 'tenants', name: '   ', search: {} }).expect(400);
    expect(blankName.body.errors.map((e: { field: string }) => e.field)).toContain('name');
    const notObject = await put(f.adminToken, { list: 'tenants', name: 'x', search: 'status=active' }).expect(400);
    expect(notObject.body.errors.map((e: { field: string }) => e.field)).toContain('search');
    const huge = await put(f.adminToken, { list: 'tenants', name: 'x', search: { q: 'あ'.repeat(5000) } }).expect(400);
    expect(huge.body.errors.map((e: { field: string }) => e.field)).toContain('search');
    const badColumn = await put(f.adminToken, { list: 'tenants', name: 'x', search: {}, columns: ['a b'] }).expect(400);
    expect(badColumn.body.errors.map((e: { field: string }) => e.field)).toContain('columns');
    await list(f.adminToken, 'nope').expect(400);
    await t.http.delete('/api/v1/me/saved-views/not-a-uuid').set(bearer(f.adminToken)).expect(400);
  });

  it('is for staff: a tenant user is refused', async () => {
    const tenantId = await createActiveTenant(t.http, f.adminToken, '株式会社ビュー確認');
    const tenantUser = await createUser(t.app, t.http, f.facilityId, [Role.TenantAdmin], { tenantId });
    await list(tenantUser.token).expect(403);
    await put(tenantUser.token, { list: 'tenants', name: 'x', search: {} }).expect(403);
  });
});
