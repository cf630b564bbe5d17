import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { spaces } from '../metering/helpers';
import { validCorporateNumber } from '../tenants/helpers';

/**
 * Domain errors carry a stable reason and answer its message in the reader's language: the
 * signed-in user's locale, else Accept-Language, Japanese by default — no English in parentheses.
 */
describe('domain errors in the reader’s language', () => {
  let t: TestApp;
  let f: TestFacility;
  let english: { userId: string; token: string };
  const corporateNumber = validCorporateNumber();

  beforeAll(async () => {
    t = await createTestApp({ contract: true });
    f = await createFacility(t.app, t.http);
    english = await createUser(t.app, t.http, f.facilityId, [Role.FacilityAdmin]);
    await t.http.patch(`/api/v1/users/${english.userId}`).set(bearer(f.adminToken)).send({ locale: 'en' }).expect(200);
    await t.http
      .post('/api/v1/tenants')
      .set(bearer(f.adminToken))
      .send({ kind: 'corporation', name: '株式会社たまご', nameKana: 'タマゴ', corporateNumber })
      .expect(201);
  }, 120_000);
  afterAll(() => t.close());

  /** A second tenant with the first one's corporate number: 409 tenants.corporateNumberTakenBy. */
  const duplicateTenant = (token: string, lang?: string) => {
    const req = t.http.post('/api/v1/tenants').set(bearer(token));
    return (lang ? req.set('Accept-Language', lang) : req)
      .send({ kind: 'corporation', name: '株式会社ひよこ', nameKana: 'ヒヨコ', corporateNumber })
      .expect(409);
  };

  it('answers a 409 in Japanese by default, with its reason and params', async () => {
    const res = await duplicateTenant(f.adminToken);
    expect(res.body).toMatchObject({
      status: 409,
      code: 'conflict',
      reason: 'tenants.corporateNumberTakenBy',
      params: { corporateNumber, otherName: '株式会社たまご' },
      detail: `法人番号 ${corporateNumber} は「株式会社たまご」にすでに登録されています。`,
    });
    expect(res.body.detail).not.toMatch(/[A-Za-z]{4,}/);
    expect(res.body.errors).toEqual([
      {
        field: 'corporateNumber',
        code: 'invalid',
        params: {},
        message: `法人番号 ${corporateNumber} は「株式会社たまご」にすでに登録されています。`,
      },
    ]);
  });

  it('answers the 409 in English for a user whose locale is en, whatever Accept-Language says', async () => {
    const sentence = `Corporate number ${corporateNumber} is already registered to 株式会社たまご.`;
    // A signed-in user's own locale comes first: the Japanese admin still reads Japanese.
    const asked = await duplicateTenant(f.adminToken, 'en');
    expect(asked.body).toMatchObject({
      reason: 'tenants.corporateNumberTakenBy',
      detail: expect.stringMatching(/^法人番号/),
    });
    const user = await duplicateTenant(english.token, 'ja');
    expect(user.body).toMatchObject({ reason: 'tenants.corporateNumberTakenBy', detail: sentence });
    expect(user.body.errors[0].message).toBe(sentence);
  });

  it('answers a 422 in Japanese by default and in English when asked or set', async () => {
    const put = (token: string, name: string, lang?: string) => {
      const req = t.http.put('/api/v1/me/saved-views').set(bearer(token));
      return (lang ? req.set('Accept-Language', lang) : req).send({ list: 'tenants', name, search: {} });
    };
    for (let i = 0; i < 30; i++) {
      await put(f.adminToken, `view ${i}`).expect(200);
      await put(english.token, `view ${i}`).expect(200);
    }
    const ja = await put(f.adminToken, 'one too many').expect(422);
    expect(ja.body).toMatchObject({
      status: 422,
      code: 'unprocessable',
      reason: 'identity.tooManyViews',
      params: { max: 30 },
      detail: '1つの一覧に保存できるビューは30件までです。先に1件削除してください。',
    });
    const user = await put(english.token, 'one too many', 'ja').expect(422);
    expect(user.body).toMatchObject({
      reason: 'identity.tooManyViews',
      detail: 'At most 30 views per list; delete one first.',
    });
  });

  it('answers a reader without a user (a device key) by Accept-Language: Japanese by default, English when asked', async () => {
    const space = await spaces(t.http, f.adminToken, ['D-101']);
    const key = (await t.http.post('/api/v1/api-keys').set(bearer(f.adminToken)).send({ name: 'gateway' }).expect(201))
      .body.key as string;
    const device = (body: object, lang?: string) => {
      const req = t.http.post('/api/v1/device/meter-readings').set('X-Api-Key', key);
      return (lang ? req.set('Accept-Language', lang) : req).send(body);
    };
    const reading = { spaceId: space['D-101'], kind: 'electricity', readOn: '2026-01-31', value: 77 };
    await device(reading).expect(201);
    const again = { ...reading, readOn: '2026-01-15', value: 80 };
    const ja = await device(again).expect(409);
    expect(ja.body).toMatchObject({
      code: 'conflict',
      reason: 'metering.periodAlreadyRead',
      params: { period: '2026-01', latestReadOn: '2026-01-31', value: 77 },
      detail:
        'このメーターには2026-01の検針値がすでにあります（2026-01-31：77）。訂正するには、その検針値を削除してください。',
    });
    const en = await device(again, 'en-US,en;q=0.9').expect(409);
    expect(en.body).toMatchObject({
      reason: 'metering.periodAlreadyRead',
      detail: 'This meter already has a reading for 2026-01 (2026-01-31: 77); delete it to correct it.',
    });
    // A validation failure of the same reader: the field's message follows the same language.
    const lower = await device({ ...reading, readOn: '2026-02-28', value: 70 }, 'en').expect(400);
    expect(lower.body).toMatchObject({ reason: 'metering.readingBelowPrevious' });
    expect(lower.body.detail).toBe('The reading 70 is lower than the previous 77; mark a meter replacement.');
  });
});
