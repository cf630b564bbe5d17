import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { activeTenant } from '../support/tenants';
import { activeLease, spaces } from './helpers';

describe('meter readings', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let space: Record<string, string>;
  let tenantId: string;

  const post = (body: object, token = f.adminToken) =>
    t.http.post('/api/v1/meter-readings').set(bearer(token)).send(body);
  const count = async (query: object = {}, token = f.adminToken) =>
    (await t.http.get('/api/v1/meter-readings').query(query).set(bearer(token)).expect(200)).body.total as number;
  const csv = (text: string, query: object = {}, token = f.adminToken) =>
    t.http
      .post('/api/v1/meter-readings/import')
      .query(query)
      .set(bearer(token))
      .set('Content-Type', 'text/csv')
      .send(text);
  /** The same upload as a browser form sends it: multipart/form-data with the file part `file`. */
  const form = (text: string, query: object = {}) =>
    t.http
      .post('/api/v1/meter-readings/import')
      .query(query)
      .set(bearer(f.adminToken))
      .attach('file', Buffer.from(text), { filename: 'readings.csv', contentType: 'text/csv' });

  /** The admin's language: the row reports below are asserted in English, one test reads them in Japanese. */
  const speak = (locale: 'ja' | 'en') =>
    t.http.patch('/api/v1/me').set(bearer(f.adminToken)).send({ locale }).expect(200);
  beforeEach(() => speak('ja'));

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, '計測A');
    other = await createFacility(t.app, t.http, '計測B');
    space = await spaces(t.http, f.adminToken, ['M-101', 'M-102', 'M-103', 'M-104']);
    await spaces(t.http, other.adminToken, ['B-101']);
    tenantId = await activeTenant(t.http, f.adminToken, '株式会社メーター');
    await activeLease(t.http, f.adminToken, tenantId, space['M-101'], '2026-01-01', '2027-12-31');
  });
  afterAll(() => t.close());

  it('refuses a lower reading (400 on value) and accepts it as a meter replacement with the right consumption', async () => {
    const first = await post({
      spaceId: space['M-101'],
      kind: 'electricity',
      readOn: '2026-01-31',
      value: 1000,
    }).expect(201);
    expect(first.body).toMatchObject({
      spaceCode: 'M-101',
      period: '2026-01',
      value: 1000,
      consumption: 0,
      source: 'manual',
    });
    const feb = await post({ spaceId: space['M-101'], kind: 'electricity', readOn: '2026-02-28', value: 1250 }).expect(
      201,
    );
    expect(feb.body.consumption).toBe(250);

    const lower = await post({ spaceId: space['M-101'], kind: 'electricity', readOn: '2026-03-31', value: 900 }).expect(
      400,
    );
    expect(lower.body.errors).toEqual([
      {
        field: 'value',
        code: 'invalid',
        params: {},
        message: expect.stringContaining('が前回の 1250 より小さくなっています'),
      },
    ]);
    expect(await count({ spaceId: space['M-101'] })).toBe(2);

    const noFinal = await post({
      spaceId: space['M-101'],
      kind: 'electricity',
      readOn: '2026-03-31',
      value: 900,
      isReplacement: true,
    });
    expect(noFinal.status).toBe(400);
    expect(noFinal.body.errors[0].field).toBe('oldMeterFinal');

    const replaced = await post({
      spaceId: space['M-101'],
      kind: 'electricity',
      readOn: '2026-03-31',
      value: 900,
      isReplacement: true,
      oldMeterFinal: 1400,
    }).expect(201);
    // (1400 − 1250) on the old meter + (900 − 0) on the new one.
    expect(replaced.body).toMatchObject({
      consumption: 1050,
      isReplacement: true,
      oldMeterFinal: 1400,
      newMeterInitial: 0,
    });
    const after = await post({
      spaceId: space['M-101'],
      kind: 'electricity',
      readOn: '2026-04-30',
      value: 1200,
    }).expect(201);
    expect(after.body.consumption).toBe(300);
  });

  it('keeps one reading per meter and month, in date order, and deletes only the latest', async () => {
    const dup = await post({ spaceId: space['M-101'], kind: 'electricity', readOn: '2026-04-15', value: 1300 }).expect(
      409,
    );
    expect(dup.body.readingId).toEqual(expect.any(String));
    const back = await post({ spaceId: space['M-101'], kind: 'electricity', readOn: '2025-12-31', value: 5000 }).expect(
      400,
    );
    expect(back.body.errors[0].field).toBe('readOn');
    const list = (
      await t.http.get('/api/v1/meter-readings').query({ spaceId: space['M-101'] }).set(bearer(f.adminToken))
    ).body;
    expect(list.items.map((r: { period: string }) => r.period)).toEqual(['2026-04', '2026-03', '2026-02', '2026-01']);
    await t.http.delete(`/api/v1/meter-readings/${list.items[1].id}`).set(bearer(f.adminToken)).expect(409);
    const water = await post({ spaceCode: 'M-101', kind: 'water', readOn: '2026-04-30', value: 10 }).expect(201);
    await t.http.delete(`/api/v1/meter-readings/${water.body.id}`).set(bearer(f.adminToken)).expect(204);
    expect(await count({ spaceId: space['M-101'], kind: 'water' })).toBe(0);
  });

  it('refuses bad input naming the field', async () => {
    const res = await post({
      spaceId: space['M-102'],
      kind: 'steam',
      readOn: '2026-02-30',
      value: -1,
      extra: 1,
    }).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['extra', 'kind', 'readOn', 'value']);
    const unknown = await post({ spaceCode: 'NOPE', kind: 'electricity', readOn: '2026-02-28', value: 1 }).expect(400);
    expect(unknown.body.errors[0].field).toBe('spaceCode');
  });

  it('reports monthly kWh per tenant from its leases and CO2 from the facility emission factor', async () => {
    await t.http
      .put('/api/v1/metering-settings')
      .set(bearer(f.adminToken))
      .send({ emissionFactor: '0.02' })
      .expect(400);
    await t.http
      .put('/api/v1/metering-settings')
      .set(bearer(f.adminToken))
      .send({ emissionFactor: '0.000434' })
      .expect(200);
    const usage = (
      await t.http
        .get('/api/v1/meter-readings/usage')
        .query({ from: '2026-02', to: '2026-04' })
        .set(bearer(f.adminToken))
        .expect(200)
    ).body;
    expect(usage).toMatchObject({ kind: 'electricity', unit: 'kWh', emissionFactor: '0.000434', unattributed: 0 });
    // 250 kWh × 0.434 kg = 108.5 kg → 109 (half up); 1050 → 455.7 → 456; 300 → 130.2 → 130.
    expect(usage.items).toEqual([
      { tenantId, period: '2026-02', amount: 250, co2Kg: 109, spaceIds: [space['M-101']] },
      { tenantId, period: '2026-03', amount: 1050, co2Kg: 456, spaceIds: [space['M-101']] },
      { tenantId, period: '2026-04', amount: 300, co2Kg: 130, spaceIds: [space['M-101']] },
    ]);
    expect(await count({ tenantId })).toBe(4);
    expect(await count({ tenantId, period: '2026-03' })).toBe(1);

    const tenantUser = await createUser(t.app, t.http, f.facilityId, [Role.TenantAdmin], { tenantId });
    const own = (
      await t.http
        .get('/api/v1/meter-readings/usage')
        .query({ period: '2026-02', tenantId: space['M-102'] })
        .set(bearer(tenantUser.token))
        .expect(200)
    ).body;
    expect(own.items).toEqual([{ tenantId, period: '2026-02', amount: 250, co2Kg: 109, spaceIds: [space['M-101']] }]);
    await t.http.get('/api/v1/meter-readings').set(bearer(tenantUser.token)).expect(403);
  });

  it('imports a CSV file all or nothing, listing every bad row with line and column', async () => {
    await speak('en');
    const before = await count();
    const bad = [
      '居室コード,種別,検針日,指示数,メーター交換,旧メーター最終指示数',
      'M-102,電気,2026-01-31,500,,',
      'X-999,電気,2026-01-31,500,,',
      'M-102,電気,2026-02-28,400,,',
      'M-103,water,2026-01-31,12,,',
      'M-103,水道,2026-02-30,abc,,',
    ].join('\n');
    const res = await csv(bad).expect(400);
    expect(res.body.rowsChecked).toBe(5);
    expect(res.body.problems).toEqual([
      { line: 3, column: '居室コード', message: 'No space of this facility has code X-999.' },
      { line: 4, column: '指示数', message: expect.stringContaining('lower than the previous 500') },
      { line: 6, column: '指示数', message: expect.stringContaining('"abc"') },
    ]);
    expect(await count()).toBe(before);

    const dry = await csv(
      bad
        .split('\n')
        .filter((_l, i) => ![2, 3, 5].includes(i))
        .join('\n'),
      { dryRun: 'true' },
    ).expect(201);
    expect(dry.body).toEqual({ dryRun: true, rows: 2, created: 0 });
    expect(await count()).toBe(before);

    const good = [
      'spaceCode,kind,readOn,value,isReplacement,oldMeterFinal,newMeterInitial',
      'M-102,electricity,2026-02-28,800,,,',
      'M-102,electricity,2026-01-31,500,,,',
      'M-102,electricity,2026-03-31,30,true,"1,000",10',
    ].join('\r\n');
    expect((await csv(good).expect(201)).body).toEqual({ dryRun: false, rows: 3, created: 3 });
    const rows = (
      await t.http.get('/api/v1/meter-readings').query({ spaceId: space['M-102'] }).set(bearer(f.adminToken))
    ).body.items;
    expect(rows.map((r: { consumption: number; source: string }) => [r.consumption, r.source])).toEqual([
      [220, 'csv'],
      [300, 'csv'],
      [0, 'csv'],
    ]);
    const unknownColumn = await csv('居室コード,種別,検針日,指示数,色\nM-104,電気,2026-01-31,1,赤').expect(400);
    expect(unknownColumn.body.problems).toEqual([{ line: 1, column: '色', message: 'Unknown column "色".' }]);
    await t.http.post('/api/v1/meter-readings/import').set(bearer(f.adminToken)).send({ file: 'x' }).expect(400);
  });

  it('lists the row report in Japanese for a Japanese admin', async () => {
    const res = await csv(['居室コード,種別,検針日,指示数', 'X-998,電気,2026-01-31,5'].join('\n')).expect(400);
    expect(res.body.problems).toEqual([
      { line: 2, column: '居室コード', message: 'この施設に居室コード X-998 の居室はありません。' },
    ]);
  });

  it('takes the same CSV as a multipart form: same row report, nothing written; good rows recorded', async () => {
    await speak('en');
    const { 'M-105': m105 } = await spaces(t.http, f.adminToken, ['M-105']);
    const before = await count();
    const bad = ['居室コード,種別,検針日,指示数', 'M-105,電気,2026-01-31,100', 'X-999,電気,2026-01-31,5'].join('\n');
    const viaBody = await csv(bad).expect(400);
    const viaForm = await form(bad).expect(400);
    expect(viaForm.body.problems).toEqual([
      { line: 3, column: '居室コード', message: 'No space of this facility has code X-999.' },
    ]);
    expect({ ...viaForm.body, requestId: null }).toEqual({ ...viaBody.body, requestId: null });
    expect(await count()).toBe(before);

    const good = ['居室コード,種別,検針日,指示数', 'M-105,電気,2026-01-31,100', 'M-105,電気,2026-02-28,160'].join('\n');
    expect((await form(good, { dryRun: 'true' }).expect(201)).body).toEqual({ dryRun: true, rows: 2, created: 0 });
    expect(await count()).toBe(before);
    expect((await form(good).expect(201)).body).toEqual({ dryRun: false, rows: 2, created: 2 });
    const rows = (await t.http.get('/api/v1/meter-readings').query({ spaceId: m105 }).set(bearer(f.adminToken))).body
      .items;
    expect(
      rows.map((r: { value: number; consumption: number; source: string }) => [r.value, r.consumption, r.source]),
    ).toEqual([
      [160, 60, 'csv'],
      [100, 0, 'csv'],
    ]);

    await speak('ja');
    const missing = await t.http
      .post('/api/v1/meter-readings/import')
      .set(bearer(f.adminToken))
      .field('kind', 'electricity')
      .expect(400);
    expect(missing.body.errors).toEqual([
      {
        field: 'file',
        code: 'invalid',
        params: {},
        message: expect.stringContaining('「file」という名前のファイルのパートがありません（あるパート：kind）'),
      },
    ]);
    expect(await count()).toBe(before + 2);
  });

  describe('device endpoint', () => {
    const device = (key: string | null, body: object) => {
      const req = t.http.post('/api/v1/device/meter-readings');
      if (key !== null) req.set('X-Api-Key', key);
      return req.send(body);
    };
    const reading = { spaceCode: 'M-104', kind: 'electricity', readOn: '2026-01-31', value: 77 };

    it('accepts a valid key and refuses none, a wrong one and a revoked one with 401', async () => {
      const created = await t.http
        .post('/api/v1/api-keys')
        .set(bearer(f.adminToken))
        .send({ name: '分電盤ゲートウェイ' })
        .expect(201);
      const key = created.body.key as string;
      expect(key).toMatch(/^tmg_/);
      const listed = (await t.http.get('/api/v1/api-keys').set(bearer(f.adminToken)).expect(200)).body;
      expect(listed.items).toEqual([
        expect.objectContaining({ id: created.body.id, prefix: key.slice(0, 12), revokedAt: null }),
      ]);
      expect(JSON.stringify(listed)).not.toContain(key);

      await device(null, reading).expect(401);
      await device(`${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`, reading).expect(401);
      await device('not-a-key', reading).expect(401);
      const ok = await device(key, reading).expect(201);
      expect(ok.body).toMatchObject({ spaceCode: 'M-104', source: 'device', consumption: 0 });
      const lower = await device(key, { ...reading, readOn: '2026-02-28', value: 70 }).expect(400);
      expect(lower.body.errors[0].field).toBe('value');

      await t.http.delete(`/api/v1/api-keys/${created.body.id}`).set(bearer(f.adminToken)).expect(204);
      await device(key, { ...reading, readOn: '2026-02-28', value: 90 }).expect(401);
      expect((await t.http.get('/api/v1/api-keys').set(bearer(f.adminToken))).body.items[0].revokedAt).toEqual(
        expect.any(String),
      );
    });

    it("another facility's key cannot write into this facility", async () => {
      const key = (await t.http.post('/api/v1/api-keys').set(bearer(other.adminToken)).send({ name: 'B' }).expect(201))
        .body.key;
      const before = await count({ spaceId: space['M-103'] });
      const byCode = await device(key, { ...reading, spaceCode: 'M-103' }).expect(400);
      expect(byCode.body.errors[0].field).toBe('spaceCode');
      const byId = await device(key, { spaceId: space['M-103'], kind: 'gas', readOn: '2026-01-31', value: 1 }).expect(
        400,
      );
      expect(byId.body.errors[0].field).toBe('spaceId');
      expect(await count({ spaceId: space['M-103'] })).toBe(before);
      await device(key, { ...reading, spaceCode: 'B-101' }).expect(201);
      expect(await count({}, other.adminToken)).toBe(1);
    });

    it('keys are managed by the facility admin only', async () => {
      const im = await createUser(t.app, t.http, f.facilityId, [Role.IncubationManager]);
      await t.http.post('/api/v1/api-keys').set(bearer(im.token)).send({ name: 'x' }).expect(403);
      await t.http.get('/api/v1/api-keys').set(bearer(im.token)).expect(403);
    });
  });

  it("isolates facilities: B cannot read, change or delete A's readings, keys or settings", async () => {
    const a = (await t.http.get('/api/v1/meter-readings').query({ spaceId: space['M-101'] }).set(bearer(f.adminToken)))
      .body.items[0];
    const b = bearer(other.adminToken);
    await t.http.get(`/api/v1/meter-readings/${a.id}`).set(b).expect(404);
    await t.http.delete(`/api/v1/meter-readings/${a.id}`).set(b).expect(404);
    expect((await t.http.get('/api/v1/meter-readings').query({ spaceId: space['M-101'] }).set(b)).body.total).toBe(0);
    const bad = await t.http
      .post('/api/v1/meter-readings')
      .set(b)
      .send({ spaceId: space['M-101'], kind: 'electricity', readOn: '2026-06-30', value: 99999 })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('spaceId');
    const aKey = (await t.http.get('/api/v1/api-keys').set(bearer(f.adminToken))).body.items[0];
    await t.http.delete(`/api/v1/api-keys/${aKey.id}`).set(b).expect(404);
    expect((await t.http.get('/api/v1/api-keys').set(b)).body.items.map((k: { id: string }) => k.id)).not.toContain(
      aKey.id,
    );
    expect((await t.http.get('/api/v1/metering-settings').set(b)).body).toEqual({ emissionFactor: null });
    const usage = (await t.http.get('/api/v1/meter-readings/usage').query({ period: '2026-02' }).set(b)).body;
    expect(usage.items).toEqual([]);
    await t.http.get(`/api/v1/meter-readings/${a.id}`).set(bearer(f.adminToken)).expect(200);
  });
});
