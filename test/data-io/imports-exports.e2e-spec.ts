import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { validCorporateNumber, withWrongCheckDigit } from '../tenants/helpers';

const TENANT_HEADER =
  '入居企業名,フリガナ,区分,ステータス,法人番号,屋号,設立日,従業員数,入居日,タグ,連絡先1氏名,連絡先1フリガナ,連絡先1役割,連絡先1メール';

/** Reads a binary response body into a Buffer. */
function binary(res: object, cb: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const stream = res as NodeJS.ReadableStream;
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
}

describe('imports and exports', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;

  const upload = (path: string, text: string, query: object = {}, token = f.adminToken) =>
    t.http.post(`/api/v1/imports/${path}`).query(query).set(bearer(token)).set('Content-Type', 'text/csv').send(text);
  /** The same upload as a browser form sends it: multipart/form-data with the file part `file`. */
  const form = (path: string, bytes: Buffer, query: object = {}, token = f.adminToken) =>
    t.http
      .post(`/api/v1/imports/${path}`)
      .query(query)
      .set(bearer(token))
      .attach('file', bytes, { filename: `${path}.csv`, contentType: 'text/csv' });
  const total = async (path: string, token = f.adminToken) =>
    (await t.http.get(`/api/v1/${path}`).query({ limit: 1 }).set(bearer(token)).expect(200)).body.total as number;

  /** The admin's language: the row reports below are asserted in English, one test reads them in Japanese. */
  const speak = (locale: 'ja' | 'en') =>
    t.http.patch('/api/v1/me').set(bearer(f.adminToken)).send({ locale }).expect(200);
  beforeEach(() => speak('ja'));

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, '移行A');
    other = await createFacility(t.app, t.http, '移行B');
    for (const [code, nameJa] of [
      ['office', 'オフィス'],
      ['wet_lab', 'ウェットラボ'],
    ]) {
      await t.http
        .post('/api/v1/room-types')
        .set(bearer(f.adminToken))
        .send({ code, nameJa, nameEn: code })
        .expect(201);
    }
  });
  afterAll(() => t.close());

  it('refuses a tenant file with 3 bad rows, listing each with line and column, and writes nothing', async () => {
    await speak('en');
    const good = validCorporateNumber();
    const file = [
      TENANT_HEADER,
      `株式会社みなとテック,ミナトテック,法人,入居中,${good},,2019-04-01,12,2021/4/1,IT|AI,佐藤 翔太,サトウ ショウタ,代表者,sato@example.jp`,
      `株式会社あおばバイオ,アオババイオ,法人,入居中,${withWrongCheckDigit(validCorporateNumber())},,2018-04-01,5,2022-04-01,,,,,`,
      `ひかり商店,ひかり,個人事業主,入居中,,ひかり屋,2020-02-30,1,2022-04-01,,,,,`,
      `株式会社さくら,Sakura,corporation,active,${validCorporateNumber()},,2017-01-01,3,2020-04-01,,鈴木 美咲,スズキ ミサキ,経理,not-an-email`,
      `山田 太郎,ヤマダ タロウ,個人会員,active,,,,,2023-04-01,,,,,`,
    ].join('\r\n');
    const before = await total('tenants');
    const res = await upload('tenants', file).expect(400);
    expect(res.body.rowsChecked).toBe(5);
    expect(res.body.problems).toEqual([
      { line: 3, column: '法人番号', message: expect.stringMatching(/check digit/i) },
      { line: 4, column: '設立日', message: 'foundedOn is not a real calendar date: 2020-02-30.' },
      { line: 5, column: 'フリガナ', message: expect.stringContaining('katakana') },
      { line: 5, column: '連絡先1メール', message: '"not-an-email" is not an email address.' },
    ]);
    expect(new Set(res.body.problems.map((p: { line: number }) => p.line))).toEqual(new Set([3, 4, 5]));
    expect(await total('tenants')).toBe(before);
  });

  it("lists the row report in the reader's language: Japanese for a Japanese admin", async () => {
    const file = [TENANT_HEADER, `ひかり商店,ひかり,個人事業主,入居中,,ひかり屋,2020-02-30,1,2022-04-01,,,,,`].join(
      '\r\n',
    );
    const res = await upload('tenants', file).expect(400);
    expect(res.body.problems).toEqual([
      { line: 2, column: '設立日', message: expect.stringContaining('実在しない日付です') },
    ]);
    expect(res.body.problems[0].message).toBe(res.body.errors[0].message);
  });

  it('onboards a good tenant file (dry run first) with contacts, and refuses a number already registered', async () => {
    await speak('en');
    const number = validCorporateNumber();
    const file = [
      TENANT_HEADER,
      `株式会社みなとテック,ミナトテック,法人,入居中,${number},,2019-04-01,12,2021/4/1,IT|AI,佐藤 翔太,ｻﾄｳ ｼｮｳﾀ,代表者,sato@example.jp`,
      `ひかり商店,ひかりしょうてん,sole_proprietor,active,,ひかり屋,,1,2022-04-01,,,,,`,
      `山田 太郎,ヤマダ タロウ,個人会員,申込,,,,,,,,,,`,
    ].join('\n');
    const dry = await upload('tenants', file, { dryRun: 'true' }).expect(201);
    expect(dry.body).toEqual({ dryRun: true, rows: 3, created: 0, ids: [] });
    expect(await total('tenants')).toBe(0);

    const done = await upload('tenants', file).expect(201);
    expect(done.body).toMatchObject({ dryRun: false, rows: 3, created: 3 });
    const minato = (await t.http.get(`/api/v1/tenants/${done.body.ids[0]}`).set(bearer(f.adminToken)).expect(200)).body;
    expect(minato).toMatchObject({
      name: '株式会社みなとテック',
      kind: 'corporation',
      status: 'active',
      corporateNumber: number,
      enteredOn: '2021-04-01',
      tags: ['IT', 'AI'],
      contacts: [expect.objectContaining({ role: 'representative', name: '佐藤 翔太', nameKana: 'サトウ ショウタ' })],
    });
    const hikari = (await t.http.get(`/api/v1/tenants/${done.body.ids[1]}`).set(bearer(f.adminToken))).body;
    expect(hikari).toMatchObject({ kind: 'sole_proprietor', nameKana: 'ヒカリショウテン', tradeName: 'ひかり屋' });

    const again = await upload(
      'tenants',
      `${TENANT_HEADER}\n株式会社みなと２,ミナト,法人,入居中,${number},,,,,,,,,`,
    ).expect(400);
    expect(again.body.problems).toEqual([
      { line: 2, column: '法人番号', message: expect.stringContaining('already registered') },
    ]);
    expect(await total('tenants')).toBe(3);
  });

  it('imports spaces all or nothing with known room types only', async () => {
    await speak('en');
    const header = '居室コード,建物,階,居室タイプ,面積,月額賃料,共益費,状態';
    const bad = [
      header,
      'A-101,本館,1,office,30.00,90000,9000,空室',
      'A-102,本館,1,ガレージ,30,90000,,',
      'A-101,本館,1,wet_lab,-5,abc,,',
    ].join('\n');
    const res = await upload('spaces', bad).expect(400);
    expect(res.body.problems).toEqual([
      { line: 3, column: '居室タイプ', message: expect.stringContaining('"ガレージ" is not a room type') },
      { line: 4, column: '面積', message: expect.stringContaining('areaSqm') },
      { line: 4, column: '月額賃料', message: expect.stringContaining('"abc"') },
    ]);
    expect(await total('spaces')).toBe(0);
    const good = [header, 'A-101,本館,1,office,30.00,90000,9000,空室', 'A-102,研究棟,2,ウェットラボ,63,189000,,'].join(
      '\n',
    );
    expect((await upload('spaces', good).expect(201)).body.created).toBe(2);
    const dup = await upload('spaces', [header, 'A-101,本館,1,office,30,1,,'].join('\n')).expect(400);
    expect(dup.body.problems).toEqual([
      { line: 2, column: '居室コード', message: 'A space with this code already exists.' },
    ]);
  });

  it('exports CSV in UTF-8 with a BOM and Japanese headers, and XLSX that exceljs opens', async () => {
    const csv = await t.http
      .get('/api/v1/exports/tenants.csv')
      .set(bearer(f.adminToken))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const body = csv.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0].startsWith('ID,入居企業名,フリガナ,区分,ステータス,法人番号')).toBe(true);
    expect(lines).toHaveLength(4);
    expect(lines.some((l) => l.includes('株式会社みなとテック,ミナトテック,法人,入居中'))).toBe(true);

    const xlsx = await t.http
      .get('/api/v1/exports/spaces.xlsx')
      .set(bearer(f.adminToken))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as never);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('居室');
    expect((sheet.getRow(1).values as unknown[]).slice(1, 7)).toEqual([
      'ID',
      '居室コード',
      '建物',
      '階',
      '居室タイプ',
      '面積',
    ]);
    expect(sheet.rowCount).toBe(3);
    expect((sheet.getRow(2).values as unknown[]).slice(2, 8)).toEqual(['A-101', '本館', '1', 'office', '30.00', 90000]);

    const leases = await t.http
      .get('/api/v1/exports/leases.csv')
      .set(bearer(f.adminToken))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect((leases.body as Buffer).subarray(3).toString('utf8').split('\r\n')[0]).toBe(
      'ID,入居企業名,居室コード,開始日,終了日,月額賃料,共益費,保証金,ステータス,契約締結日,中途解約日',
    );
  });

  it("isolates facilities: B's exports and imports never touch A's rows", async () => {
    const csv = await t.http
      .get('/api/v1/exports/tenants.csv')
      .set(bearer(other.adminToken))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect((csv.body as Buffer).subarray(3).toString('utf8').trim().split('\r\n')).toHaveLength(1);
    // A's space codes are free in B; B has no room types, so the import explains that instead.
    const res = await upload(
      'spaces',
      '居室コード,居室タイプ,面積,月額賃料\nA-101,office,30,1',
      {},
      other.adminToken,
    ).expect(400);
    expect(res.body.problems[0]).toMatchObject({ line: 2, column: '居室タイプ' });
    expect(await total('spaces', other.adminToken)).toBe(0);
    expect(await total('spaces')).toBe(2);
  });

  it('onboards the same tenant file sent as a multipart form (Shift_JIS too) exactly like the raw body', async () => {
    const [raw, byForm] = [await createFacility(t.app, t.http, '移行C'), await createFacility(t.app, t.http, '移行D')];
    const file = [
      TENANT_HEADER,
      `株式会社みなとテック,ミナトテック,法人,入居中,${validCorporateNumber()},,2019-04-01,12,2021/4/1,IT|AI,佐藤 翔太,サトウ ショウタ,代表者,sato@example.jp`,
      `ひかり商店,ひかりしょうてん,sole_proprietor,active,,ひかり屋,,1,2022-04-01,,,,,`,
    ].join('\r\n');
    const dry = await form('tenants', Buffer.from(file), { dryRun: 'true' }, byForm.adminToken).expect(201);
    expect(dry.body).toEqual({ dryRun: true, rows: 2, created: 0, ids: [] });
    expect(await total('tenants', byForm.adminToken)).toBe(0);

    const viaBody = await upload('tenants', file, {}, raw.adminToken).expect(201);
    const viaForm = await form('tenants', iconv.encode(file, 'Shift_JIS'), {}, byForm.adminToken).expect(201);
    expect(viaBody.body).toMatchObject({ dryRun: false, rows: 2, created: 2 });
    expect({ ...viaForm.body, ids: viaForm.body.ids.length }).toEqual({ ...viaBody.body, ids: 2 });
    const exported = async (token: string) => {
      const res = await t.http.get('/api/v1/exports/tenants.csv').set(bearer(token)).buffer(true).parse(binary);
      // Drop the ID column: everything else must be the same in both facilities.
      return (res.body as Buffer)
        .toString('utf8')
        .trim()
        .split('\r\n')
        .map((l) => l.replace(/^[^,]*,/, ''));
    };
    const rows = await exported(byForm.adminToken);
    expect(rows).toHaveLength(3);
    expect(rows.filter((l) => l.startsWith('株式会社みなとテック,ミナトテック,法人,入居中'))).toHaveLength(1);
    expect(rows).toEqual(await exported(raw.adminToken));
    const contacts = (
      await t.http.get(`/api/v1/tenants/${viaForm.body.ids[0]}`).set(bearer(byForm.adminToken)).expect(200)
    ).body.contacts;
    expect(contacts).toEqual([
      expect.objectContaining({ role: 'representative', name: '佐藤 翔太', nameKana: 'サトウ ショウタ' }),
    ]);
  });

  it('answers a bad multipart file with the same row report as the raw body, and writes nothing', async () => {
    await speak('en');
    const file = [
      TENANT_HEADER,
      `株式会社あおばバイオ,アオババイオ,法人,入居中,${withWrongCheckDigit(validCorporateNumber())},,2018-04-01,5,2022-04-01,,,,,`,
      `ひかり商店,ひかり,個人事業主,入居中,,ひかり屋,2020-02-30,1,2022-04-01,,,,,`,
    ].join('\n');
    const before = await total('tenants');
    const viaBody = await upload('tenants', file).expect(400);
    const viaForm = await form('tenants', Buffer.from(file)).expect(400);
    expect(viaForm.body.rowsChecked).toBe(2);
    expect(viaForm.body.problems).toEqual([
      { line: 2, column: '法人番号', message: expect.stringMatching(/check digit/i) },
      { line: 3, column: '設立日', message: 'foundedOn is not a real calendar date: 2020-02-30.' },
    ]);
    expect({ ...viaForm.body, requestId: null }).toEqual({ ...viaBody.body, requestId: null });
    const spaces = await form('spaces', Buffer.from('居室コード,居室タイプ,面積,月額賃料\nZ-1,ガレージ,30,1')).expect(
      400,
    );
    expect(spaces.body.problems).toEqual([
      { line: 2, column: '居室タイプ', message: expect.stringContaining('"ガレージ" is not a room type') },
    ]);
    expect(await total('tenants')).toBe(before);
    expect(await total('spaces')).toBe(2);
  });

  it('refuses a multipart upload without exactly one file part named file, or over 4 MB, naming file', async () => {
    const good = Buffer.from(`${TENANT_HEADER}\n株式会社ふたば,フタバ,法人,入居中,${validCorporateNumber()},,,,,,,,,`);
    const before = await total('tenants');
    const post = () => t.http.post('/api/v1/imports/tenants').set(bearer(f.adminToken));

    const none = await post().field('note', 'x').expect(400);
    expect(none.body.errors).toEqual([
      {
        field: 'file',
        code: 'invalid',
        params: {},
        message: expect.stringContaining('「file」という名前のファイルのパートがありません'),
      },
    ]);
    const misnamed = await post().attach('upload', good, 'tenants.csv').expect(400);
    expect(misnamed.body.errors).toEqual([
      {
        field: 'file',
        code: 'invalid',
        params: {},
        message: expect.stringContaining('「file」という名前のファイルのパートがありません（あるパート：upload）'),
      },
    ]);
    const two = await post().attach('file', good, 'a.csv').attach('file', good, 'b.csv').expect(400);
    expect(two.body.errors).toEqual([
      {
        field: 'file',
        code: 'invalid',
        params: {},
        message: 'ファイルは1つだけ、「file」という名前のパートで送信してください。',
      },
    ]);
    const extra = await post().attach('file', good, 'a.csv').field('dryRun', 'true').expect(400);
    expect(extra.body.errors).toEqual([
      {
        field: 'dryRun',
        code: 'invalid',
        params: {},
        message: expect.stringContaining('想定外のパート「dryRun」があります'),
      },
    ]);
    const empty = await post().attach('file', Buffer.alloc(0), 'empty.csv').expect(400);
    expect(empty.body.errors).toEqual([
      {
        field: 'file',
        code: 'invalid',
        params: {},
        message: 'CSVファイルが空です。',
      },
    ]);
    const big = await post()
      .attach('file', Buffer.alloc(4 * 1024 * 1024 + 1, 'a'), 'big.csv')
      .expect(413);
    expect(big.body).toMatchObject({
      status: 413,
      detail: 'ファイルまたは本文が大きすぎます。（file: the CSV file is larger than 4 MB.）',
    });
    expect(await total('tenants')).toBe(before);
  });

  it('documents both transports of the imports in OpenAPI', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    for (const path of ['/api/v1/imports/tenants', '/api/v1/imports/spaces', '/api/v1/meter-readings/import']) {
      const content = doc.paths[path].post.requestBody.content;
      expect(Object.keys(content)).toEqual(['text/csv', 'multipart/form-data']);
      expect(content['multipart/form-data'].schema).toMatchObject({
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary' } },
      });
    }
  });

  it('refuses a body that is not CSV and roles that may not import', async () => {
    await t.http.post('/api/v1/imports/tenants').set(bearer(f.adminToken)).send({ rows: [] }).expect(400);
    const empty = await upload('tenants', TENANT_HEADER).expect(400);
    expect(empty.body.errors[0].field).toBe('file');
    const accountant = await createUser(t.app, t.http, f.facilityId, [Role.Accountant]);
    await upload('tenants', TENANT_HEADER, {}, accountant.token).expect(403);
    await t.http.get('/api/v1/exports/leases.xlsx').set(bearer(accountant.token)).expect(200);
  });
});
