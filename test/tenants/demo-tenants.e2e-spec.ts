import { TransactionRunner } from '@tamago/database';
import { seedDemoTenants } from '@tamago/demo';
import { TestFacility, bearer, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';

describe('demo tenants', () => {
  let t: TestApp;
  let f: TestFacility;

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, 'デモ');
  });
  afterAll(() => t.close());

  it('seeds 112 active tenants, 30 alumni, 153 spaces of 14 types and an occupancy above 90%', async () => {
    await t.app.get(TransactionRunner).asSystem((em) => seedDemoTenants(em, f.facilityId));
    const get = (url: string, query: object = {}) => t.http.get(url).query(query).set(bearer(f.adminToken)).expect(200);
    expect((await get('/api/v1/tenants', { status: 'active', limit: 1 })).body.total).toBe(112);
    expect((await get('/api/v1/tenants', { status: 'graduated', limit: 1 })).body.total).toBe(30);
    expect((await get('/api/v1/spaces', { limit: 1 })).body.total).toBe(153);
    expect((await get('/api/v1/room-types')).body.total).toBe(14);
    const occ = (await get('/api/v1/occupancy')).body;
    expect(occ.rooms.occupied).toBeGreaterThan(138);
  });
});
