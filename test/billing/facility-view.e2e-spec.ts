import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { REGISTRATION_NUMBER, seedTenant } from './billing-helpers';

const BANK_ACCOUNT = {
  bankName: 'みらい銀行',
  bankCode: '0123',
  branchName: '本店',
  branchCode: '001',
  accountType: 'ordinary',
  accountNumber: '7654321',
  accountHolder: 'ｲﾝｷｭﾍﾞｰｼｮﾝ',
};

const STAFF_ONLY = ['taxRounding', 'invoiceNumberFormat', 'dueDateRule', 'utilityUnitPrices', 'fiscalYearStartMonth'];

describe('GET /facility: staff see every billing setting, tenant users only what a payer needs', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let acct: string;
  let auditor: string;
  let tenantAdmin: string;
  let tenantMember: string;
  let otherTenantUser: string;

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, '表示テスト施設');
    other = await createFacility(t.app, t.http, '別の施設');
    acct = (await createUser(t.app, t.http, f.facilityId, [Role.Accountant])).token;
    auditor = (await createUser(t.app, t.http, f.facilityId, [Role.Auditor])).token;
    const tenantId = await seedTenant(t, f.facilityId, 'アルファ株式会社');
    tenantAdmin = (await createUser(t.app, t.http, f.facilityId, [Role.TenantAdmin], { tenantId })).token;
    tenantMember = (await createUser(t.app, t.http, f.facilityId, [Role.TenantMember], { tenantId })).token;
    const otherTenant = await seedTenant(t, other.facilityId, 'ベータ合同会社');
    otherTenantUser = (
      await createUser(t.app, t.http, other.facilityId, [Role.TenantMember], { tenantId: otherTenant })
    ).token;
    await t.http
      .patch('/api/v1/facility')
      .set(bearer(acct))
      .send({
        legalName: '株式会社インキュベーション',
        registrationNumber: REGISTRATION_NUMBER,
        bankAccount: BANK_ACCOUNT,
        taxRounding: 'ceil',
        invoiceNumberFormat: 'TMG-{YY}{MM}-{SEQ:4}',
        dueDateRule: { day: 25, monthOffset: 1, adjust: 'previous' },
        utilityUnitPrices: [
          { kind: 'electricity', description: '電気料金', unit: 'kWh', unitPrice: 31, taxCategory: 'standard' },
        ],
      })
      .expect(200);
  }, 60_000);
  afterAll(() => t.close());

  it.each([
    ['tenant admin', () => tenantAdmin],
    ['tenant member', () => tenantMember],
  ])('a %s gets the issuer, registration number and transfer account only', async (_label, token) => {
    const res = await t.http.get('/api/v1/facility').set(bearer(token())).expect(200);
    expect(res.body).toEqual({
      id: f.facilityId,
      name: '表示テスト施設',
      legalName: '株式会社インキュベーション',
      issuerName: '株式会社インキュベーション',
      registrationNumber: REGISTRATION_NUMBER,
      bankAccount: BANK_ACCOUNT,
    });
    for (const key of STAFF_ONLY) expect(res.body).not.toHaveProperty(key);
  });

  it.each([
    ['an accountant', () => acct],
    ['an auditor', () => auditor],
    ['a facility admin', () => f.adminToken],
  ])('%s gets every billing setting', async (_label, token) => {
    const res = await t.http.get('/api/v1/facility').set(bearer(token())).expect(200);
    expect(res.body).toMatchObject({
      id: f.facilityId,
      name: '表示テスト施設',
      timeZone: 'Asia/Tokyo',
      legalName: '株式会社インキュベーション',
      registrationNumber: REGISTRATION_NUMBER,
      bankAccount: BANK_ACCOUNT,
      taxRounding: 'ceil',
      invoiceNumberFormat: 'TMG-{YY}{MM}-{SEQ:4}',
      dueDateRule: { day: 25, monthOffset: 1, adjust: 'previous' },
      // Stored exactly as a decimal string (fractions of a yen are allowed).
      utilityUnitPrices: [
        { kind: 'electricity', description: '電気料金', unit: 'kWh', unitPrice: '31', taxCategory: 'standard' },
      ],
      fiscalYearStartMonth: 4,
    });
    expect(res.body).not.toHaveProperty('directDebit');
  });

  it('utility unit prices keep fractions of a yen exactly; more than 2 decimals are refused', async () => {
    const price = (unitPrice: unknown) =>
      t.http
        .patch('/api/v1/facility')
        .set(bearer(acct))
        .send({
          utilityUnitPrices: [
            { kind: 'electricity', description: '電気料金', unit: 'kWh', unitPrice, taxCategory: 'standard' },
          ],
        });
    const bad = await price('31.525').expect(400);
    expect(bad.body.errors[0].field).toMatch(/unitPrice/);
    expect((await price(-1).expect(400)).body.errors[0].field).toMatch(/unitPrice/);
    const ok = await price('31.52').expect(200);
    expect(ok.body.utilityUnitPrices[0].unitPrice).toBe('31.52');
    await price(31).expect(200);
  });

  it("a tenant user of another facility sees their own facility, nothing of this one's settings", async () => {
    const res = await t.http.get('/api/v1/facility').set(bearer(otherTenantUser)).expect(200);
    expect(res.body).toEqual({
      id: other.facilityId,
      name: '別の施設',
      legalName: null,
      issuerName: '別の施設',
      registrationNumber: null,
      bankAccount: null,
    });
  });

  it('the OpenAPI document offers both shapes of GET /facility', async () => {
    const doc = await t.http.get('/api/docs-json').expect(200);
    const schema = doc.body.paths['/api/v1/facility'].get.responses['200'].content['application/json'].schema;
    expect(schema).toEqual({
      oneOf: [{ $ref: '#/components/schemas/OwnFacilityDto' }, { $ref: '#/components/schemas/PayerFacilityDto' }],
    });
    expect(Object.keys(doc.body.components.schemas.PayerFacilityDto.properties).sort()).toEqual([
      'bankAccount',
      'id',
      'issuerName',
      'legalName',
      'name',
      'registrationNumber',
    ]);
  });
});
