import { InvoicesService } from '@tamago/billing';
import { TransactionRunner } from '@tamago/database';
import { TestFacility, bearer, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { createTenant, issueInvoices } from './helpers';
import { binaryBody, rec, sjisFile } from './zengin-fixtures';

/** Hand-built 種別 91 records, field by field (120 bytes each). */
const HEADER = rec(
  120,
  '1',
  '91',
  '0',
  '1234567890',
  'ﾀﾏｺﾞｲﾝｷﾕﾍﾞ-ｼﾖﾝｾﾝﾀ-'.padEnd(40),
  '0527',
  '0001',
  'ﾐｽﾞﾎ'.padEnd(15),
  '001',
  'ﾄｳｷﾖｳ'.padEnd(15),
  '1',
  '7654321',
  ' '.repeat(17),
);
const kenshoLine = (result: string) =>
  rec(
    120,
    '2',
    '0005',
    'ﾐﾂﾋﾞｼ'.padEnd(15),
    '123',
    'ｼﾝｼﾞﾕｸ'.padEnd(15),
    ' '.repeat(4),
    '1',
    '1234567',
    'ｹﾝｼﾖｳｾｲｷ(ｶ'.padEnd(30),
    '0000055000',
    '1',
    '00000000000000001001',
    result,
    ' '.repeat(8),
  );
const yamadaLine = (result: string) =>
  rec(
    120,
    '2',
    '0009',
    ' '.repeat(15),
    '456',
    ' '.repeat(15),
    ' '.repeat(4),
    '2',
    '0765432',
    'ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ'.padEnd(30),
    '0000108900',
    '1',
    '00000000000000001002',
    result,
    ' '.repeat(8),
  );
const trailer = (debited: [number, number], failed: [number, number]) =>
  rec(
    120,
    '8',
    '000002',
    '000000163900',
    String(debited[0]).padStart(6, '0'),
    String(debited[1]).padStart(12, '0'),
    String(failed[0]).padStart(6, '0'),
    String(failed[1]).padStart(12, '0'),
    ' '.repeat(65),
  );
const END = rec(120, '9', ' '.repeat(119));

describe('direct debit (口座振替)', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  const ids = { kensho: '', yamada: '', sato: '' };
  const inv: Record<string, string> = {};
  let batchId = '';
  let mandateId = '';

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http);
    other = await createFacility(t.app, t.http, '別施設');
    const a = f.adminUserId;
    ids.kensho = await createTenant(t.app, f.facilityId, a, 'ケンショウ精機株式会社', 'ケンショウセイキ');
    ids.yamada = await createTenant(t.app, f.facilityId, a, '山田商事株式会社', 'ヤマダショウジ');
    ids.sato = await createTenant(t.app, f.facilityId, a, '佐藤デザイン', 'サトウデザイン');
    const apr = await issueInvoices(
      t.app,
      f.facilityId,
      a,
      '2026-04',
      [
        { tenantId: ids.kensho, amount: 55_000 },
        { tenantId: ids.yamada, amount: 108_900 },
        { tenantId: ids.sato, amount: 20_000 },
      ],
      '2026-04-01',
    );
    for (const i of apr) inv[i.tenantId] = i.id;
  }, 60_000);
  afterAll(() => t.close());

  const api = (token = f.adminToken) => ({
    get: (url: string) => t.http.get(`/api/v1${url}`).set(bearer(token)),
    post: (url: string, body: object = {}) => t.http.post(`/api/v1${url}`).set(bearer(token)).send(body),
    patch: (url: string, body: object) => t.http.patch(`/api/v1${url}`).set(bearer(token)).send(body),
    upload: (url: string, file: Buffer) =>
      t.http.post(`/api/v1${url}`).set(bearer(token)).attach('file', file, 'result.dat'),
  });
  const invoice = (id: string) => t.app.get(InvoicesService).findIssued(f.facilityId, id);
  const count = (table: string, facilityId = f.facilityId) =>
    t.app
      .get(TransactionRunner)
      .inFacility(facilityId, async (em) => Number((await em.query(`SELECT count(*) AS n FROM ${table}`))[0].n));

  it('refuses a batch until the consignor settings are complete', async () => {
    const res = await api().post('/debit-batches', { debitDate: '2026-05-27' });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'consignorCode',
      'consignorName',
      'bankCode',
      'branchCode',
      'accountType',
      'accountNumber',
    ]);
  });

  it('stores settings and mandates in Zengin half-width kana, validating every field', async () => {
    const settings = await api().patch('/debit-settings', {
      consignorCode: '1234567890',
      consignorName: 'タマゴインキュベーションセンター',
      bankCode: '0001',
      bankName: 'ミズホ',
      branchCode: '001',
      branchName: 'トウキョウ',
      accountType: 'ordinary',
      accountNumber: '7654321',
    });
    expect(settings.status).toBe(200);
    expect(settings.body).toMatchObject({
      consignorName: 'ﾀﾏｺﾞｲﾝｷﾕﾍﾞ-ｼﾖﾝｾﾝﾀ-',
      bankName: 'ﾐｽﾞﾎ',
      dunningDays: [7, 21, 45],
    });
    const bad = await api().post('/debit-mandates', {
      tenantId: ids.kensho,
      bankCode: '12',
      branchCode: '1234',
      accountType: 'savings',
      accountNumber: '123',
      holderName: 'ケンショウ',
      customerNumber: 'A1',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'accountNumber',
      'accountType',
      'bankCode',
      'branchCode',
      'customerNumber',
    ]);
    const kanji = await api().post('/debit-mandates', {
      tenantId: ids.kensho,
      bankCode: '0005',
      branchCode: '123',
      accountType: 'ordinary',
      accountNumber: '1234567',
      holderName: '検証精機',
      customerNumber: '1001',
    });
    expect([kanji.status, kanji.body.errors[0].field]).toEqual([400, 'holderName']);
    const kensho = await api().post('/debit-mandates', {
      tenantId: ids.kensho,
      bankCode: '0005',
      bankName: 'ミツビシ',
      branchCode: '123',
      branchName: 'シンジュク',
      accountType: 'ordinary',
      accountNumber: '1234567',
      holderName: 'ケンショウセイキ(カ',
      customerNumber: '1001',
    });
    expect(kensho.status).toBe(201);
    expect(kensho.body).toMatchObject({ holderName: 'ｹﾝｼﾖｳｾｲｷ(ｶ', status: 'active', bankName: 'ﾐﾂﾋﾞｼ' });
    mandateId = kensho.body.id;
    const yamada = await api().post('/debit-mandates', {
      tenantId: ids.yamada,
      bankCode: '0009',
      branchCode: '456',
      accountType: 'current',
      accountNumber: '0765432',
      holderName: 'ﾔﾏﾀﾞｼｮｳｼﾞ(ｶ',
      customerNumber: '1002',
    });
    expect(yamada.status).toBe(201);
    const second = await api().post('/debit-mandates', {
      ...kensho.body,
      id: undefined,
      status: undefined,
      firstDebitSent: undefined,
      accountChanged: undefined,
      tenantId: ids.kensho,
      customerNumber: '1003',
    });
    expect(second.status).toBe(409);
  });

  it('builds the 種別 91 request file byte for byte and downloads it', async () => {
    const res = await api().post('/debit-batches', { debitDate: '2026-05-27' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'requested', itemCount: 2, totalAmount: 163_900 });
    batchId = res.body.id;
    const file = await api().get(`/debit-batches/${batchId}/file`).buffer(true).parse(binaryBody);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/octet-stream');
    expect(file.headers['content-disposition']).toBe('attachment; filename="kouza-furikae-20260527.txt"');
    const expected = sjisFile([HEADER, kenshoLine('0'), yamadaLine('0'), trailer([0, 0], [0, 0]), END]);
    expect((file.body as Buffer).equals(expected)).toBe(true);
    const again = await api().post('/debit-batches', { debitDate: '2026-05-27' });
    expect(again.status).toBe(422); // every open invoice is already in the pending batch
  });

  it('validates the whole result file before applying anything', async () => {
    const wrong = sjisFile([HEADER, kenshoLine('0'), yamadaLine('1'), trailer([2, 163_900], [0, 0]), END]);
    const res = await api().upload(`/debit-batches/${batchId}/result`, wrong);
    expect(res.status).toBe(400);
    expect(res.body.reason).toBe('payments.zenginTotalMismatch');
    expect(res.body.errors[0].message).toMatch(/^4行目の振替済件数（2）が、データレコードの合計/);
    const unknownCode = sjisFile([HEADER, kenshoLine('7'), yamadaLine('1'), trailer([0, 0], [2, 163_900]), END]);
    expect((await api().upload(`/debit-batches/${batchId}/result`, unknownCode)).body.errors[0].message).toMatch(
      /^2行目/,
    );
    const otherDay = sjisFile([
      HEADER.replace('0527', '0528'),
      kenshoLine('0'),
      yamadaLine('1'),
      trailer([1, 55_000], [1, 108_900]),
      END,
    ]);
    const wrongDay = await api().upload(`/debit-batches/${batchId}/result`, otherDay);
    expect([wrongDay.status, wrongDay.body.reason, wrongDay.body.errors[0].message]).toEqual([
      400,
      'payments.resultDateMismatch',
      '1行目の引落日は5月28日ですが、この依頼の引落日は2026-05-27です。',
    ]);
    expect(await count('payments')).toBe(0);
    expect((await invoice(inv[ids.kensho]))!.amountPaid).toBe(0);
  });

  it('applies result codes: 0 records a direct-debit payment, 1–4 keep the reason; a second import pays nothing twice', async () => {
    const result = sjisFile([HEADER, kenshoLine('0'), yamadaLine('1'), trailer([1, 55_000], [1, 108_900]), END]);
    const res = await api().upload(`/debit-batches/${batchId}/result`, result);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('completed');
    const items = res.body.items.map(
      (i: { tenantId: string; resultCode: string; resultLabel: string; paymentId: string | null }) => [
        i.tenantId,
        i.resultCode,
        i.resultLabel,
        i.paymentId !== null,
      ],
    );
    expect(items).toEqual([
      [ids.kensho, '0', 'debited', true],
      [ids.yamada, '1', 'insufficient_funds', false],
    ]);
    const kensho = await invoice(inv[ids.kensho]);
    expect([kensho!.status, kensho!.amountPaid]).toEqual(['paid', 55_000]);
    expect((await invoice(inv[ids.yamada]))!.status).toBe('issued');
    const payments = await api().get('/payments?method=direct_debit');
    expect(
      payments.body.items.map((p: { amount: number; paidOn: string; source: string }) => [
        p.amount,
        p.paidOn,
        p.source,
      ]),
    ).toEqual([[55_000, '2026-05-27', 'direct_debit']]);
    const again = await api().upload(`/debit-batches/${batchId}/result`, result);
    expect(again.status).toBe(200);
    expect(await count('payments')).toBe(1);
    const different = sjisFile([HEADER, kenshoLine('0'), yamadaLine('0'), trailer([2, 163_900], [0, 0]), END]);
    expect((await api().upload(`/debit-batches/${batchId}/result`, different)).status).toBe(409);
    const arrears = await api().get(`/tenants/${ids.yamada}/arrears?asOf=2026-06-01`);
    expect(arrears.body.lastDebitFailure).toEqual({
      debitDate: '2026-05-27',
      resultCode: '1',
      reason: 'insufficient_funds',
    });
  });

  it('a later batch carries what is still open, as a repeat debit (新規コード 0)', async () => {
    const res = await api().post('/debit-batches', { debitDate: '2026-06-26' });
    expect(res.status).toBe(201);
    expect(res.body.items.map((i: { tenantId: string; amount: number }) => [i.tenantId, i.amount])).toEqual([
      [ids.yamada, 108_900],
    ]);
    const file = await api().get(`/debit-batches/${res.body.id}/file`).buffer(true).parse(binaryBody);
    const line = (file.body as Buffer).subarray(122, 242).toString('latin1');
    expect(line.slice(90, 91)).toBe('0');
  });

  it('refuses a debit date that is not a bank business day, naming it and suggesting the next', async () => {
    // 20 July 2026 is 海の日 (a Monday); 2 January is a bank holiday; 1 August 2026 a Saturday.
    for (const [date, next] of [
      ['2026-07-20', '2026-07-21'],
      ['2027-01-02', '2027-01-04'],
      ['2026-08-01', '2026-08-03'],
    ]) {
      const res = await api().post('/debit-batches', { debitDate: date });
      expect([date, res.status, res.body.errors?.[0]?.field, res.body.suggestedDate]).toEqual([
        date,
        400,
        'debitDate',
        next,
      ]);
    }
    expect(await count('debit_batches', f.facilityId)).toBe(2);
  });

  it('an account change after a debit was sent marks the mandate for 新規コード 2', async () => {
    const before = (await api().get(`/debit-mandates/${mandateId}`)).body;
    expect(before).toMatchObject({ firstDebitSent: true, accountChanged: false });
    const same = await api().patch(`/debit-mandates/${mandateId}`, { accountNumber: before.accountNumber });
    expect(same.body.accountChanged).toBe(false);
    const changed = await api().patch(`/debit-mandates/${mandateId}`, { accountNumber: '7654321' });
    expect(changed.body).toMatchObject({ accountNumber: '7654321', accountChanged: true });
  });

  it('keeps mandates, settings and batches to their facility', async () => {
    const o = api(other.adminToken);
    expect((await o.get('/debit-mandates')).body).toEqual({ items: [], total: 0 });
    expect((await o.get(`/debit-mandates/${mandateId}`)).status).toBe(404);
    expect((await o.patch(`/debit-mandates/${mandateId}`, { status: 'revoked' })).status).toBe(404);
    expect((await o.get('/debit-batches')).body).toEqual({ items: [], total: 0 });
    expect((await o.get(`/debit-batches/${batchId}`)).status).toBe(404);
    expect((await o.get(`/debit-batches/${batchId}/file`)).status).toBe(404);
    expect((await o.upload(`/debit-batches/${batchId}/result`, Buffer.from('x'))).status).toBe(400);
    expect((await o.get('/debit-settings')).body.consignorCode).toBeNull();
    const foreign = await o.post('/debit-mandates', {
      tenantId: ids.kensho,
      bankCode: '0005',
      branchCode: '123',
      accountType: 'ordinary',
      accountNumber: '1234567',
      holderName: 'ｹﾝｼﾖｳｾｲｷ',
      customerNumber: '1001',
    });
    expect([foreign.status, foreign.body.errors?.[0]?.field]).toEqual([400, 'tenantId']);
    for (const table of ['debit_mandates', 'debit_batches', 'debit_batch_items', 'debit_settings']) {
      expect([table, await count(table, other.facilityId)]).toEqual([table, 0]);
    }
    expect((await api().get(`/debit-mandates/${mandateId}`)).body.status).toBe('active');
  });
});
