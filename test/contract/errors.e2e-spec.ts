import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';

describe('errors people can read', () => {
  let t: TestApp;
  let f: TestFacility;

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http);
  }, 120_000);
  afterAll(() => t.close());

  const postLease = (body: object, lang?: string) => {
    const req = t.http.post('/api/v1/leases').set(bearer(f.adminToken));
    return (lang ? req.set('Accept-Language', lang) : req).send(body).expect(400);
  };

  it('answers Japanese by default, with field, code, params and one message per field and cause', async () => {
    const res = await postLease({ monthlyRent: 'abc' });
    expect(res.body).toMatchObject({ status: 400, code: 'validation', title: 'Bad Request' });
    expect(res.body.detail).toMatch(/^入力内容に誤りがあります/);
    const rent = res.body.errors.filter((e: { field: string }) => e.field === 'monthlyRent');
    expect(rent).toEqual([
      { field: 'monthlyRent', code: 'integer', params: {}, message: '「monthlyRent」は整数で入力してください。' },
    ]);
    const tenant = res.body.errors.filter((e: { field: string }) => e.field === 'tenantId');
    expect(tenant).toEqual([
      { field: 'tenantId', code: 'required', params: {}, message: '「tenantId」を入力してください。' },
    ]);
  });

  it('says only that a missing number is required', async () => {
    const res = await postLease({});
    const deposit = res.body.errors.filter((e: { field: string }) => e.field === 'monthlyRent');
    expect(deposit).toEqual([
      { field: 'monthlyRent', code: 'required', params: {}, message: '「monthlyRent」を入力してください。' },
    ]);
  });

  it('answers English when an anonymous reader asks', async () => {
    const res = await t.http
      .post('/api/v1/auth/login')
      .set('Accept-Language', 'en-GB,en;q=0.9,ja;q=0.5')
      .send({ email: 'nobody@example.test' })
      .expect(400);
    expect(res.body.errors).toEqual([
      { field: 'password', code: 'required', params: {}, message: 'password is required.' },
    ]);
    const ja = await t.http.post('/api/v1/auth/login').send({ email: 'nobody@example.test' }).expect(400);
    expect(ja.body.errors[0].message).toBe('「password」を入力してください。');
  });

  it('gives the rule parameters, in the English of an English-speaking user', async () => {
    const english = await createUser(t.app, t.http, f.facilityId, [Role.FacilityAdmin]);
    await t.http.patch(`/api/v1/users/${english.userId}`).set(bearer(f.adminToken)).send({ locale: 'en' }).expect(200);
    const res = await t.http
      .post('/api/v1/users')
      .set(bearer(english.token))
      .send({ email: 'x@example.test', name: 'x'.repeat(101), roles: ['advisor'], isRoot: true })
      .expect(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'maxLength', params: { max: 100 }, message: 'name must be at most 100 characters.' },
        { field: 'isRoot', code: 'unknownField', params: {}, message: 'unknown field isRoot is not allowed.' },
      ]),
    );
  });

  it("follows the signed-in user's locale over Accept-Language", async () => {
    const user = await createUser(t.app, t.http, f.facilityId, [Role.FacilityAdmin]);
    await t.http.patch(`/api/v1/users/${user.userId}`).set(bearer(f.adminToken)).send({ locale: 'en' }).expect(200);
    const res = await t.http
      .post('/api/v1/users')
      .set(bearer(user.token))
      .set('Accept-Language', 'ja')
      .send({ name: 'x', roles: ['advisor'] })
      .expect(400);
    expect(res.body.errors).toEqual([{ field: 'email', code: 'required', params: {}, message: 'email is required.' }]);
  });

  it('gives domain rules a code: katakana and the corporate-number check digit', async () => {
    const res = await t.http
      .post('/api/v1/tenants')
      .set(bearer(f.adminToken))
      .send({ kind: 'corporation', name: '株式会社テスト', nameKana: 'tesuto1', corporateNumber: '1234567890123' })
      .expect(400);
    expect(res.body.code).toBe('invalid_input');
    expect(res.body.errors[0]).toMatchObject({ code: expect.stringMatching(/^(notKatakana|checkDigit)$/) });
    expect(res.body.errors[0].message).toMatch(/カタカナ|チェックディジット/);
  });
});
