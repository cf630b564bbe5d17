import { InvoicesService } from '@tamago/billing';
import { TransactionRunner } from '@tamago/database';
import { TestFacility, bearer, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { createTenant, issueInvoices } from './helpers';
import { sjisFile, transferNotice } from './zengin-fixtures';

describe('bank-transfer reconciliation', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  const ids = { kensho: '', yamada: '', sato: '' };
  const inv: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http);
    other = await createFacility(t.app, t.http, '別施設');
    const a = f.adminUserId;
    ids.kensho = await createTenant(
      t.app,
      f.facilityId,
      a,
      'ケンショウ精機株式会社',
      'ケンショウセイキカブシキガイシャ',
    );
    ids.yamada = await createTenant(t.app, f.facilityId, a, '山田商事株式会社', 'ヤマダショウジ');
    ids.sato = await createTenant(t.app, f.facilityId, a, '佐藤花子デザイン', 'サトウハナコデザイン');
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
    for (const i of apr) inv[`${i.tenantId}:apr`] = i.id;
  });
  afterAll(() => t.close());

  const upload = (file: Buffer, query = '', token = f.adminToken) =>
    t.http.post(`/api/v1/bank-statements${query}`).set(bearer(token)).attach('file', file, 'statement.dat');
  const count = (table: string, facilityId = f.facilityId) =>
    t.app
      .get(TransactionRunner)
      .inFacility(facilityId, async (em) => Number((await em.query(`SELECT count(*) AS n FROM ${table}`))[0].n));
  const invoice = (id: string) => t.app.get(InvoicesService).findIssued(f.facilityId, id);

  const CSV = [
    'date,amount,senderName,reference',
    '2026-05-01,55000,ｹﾝｼｮｳｾｲｷ(ｶ,',
    '2026-05-01,108020,ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ,',
    '2026-05-02,20000,ﾀﾅｶ ﾊﾅｺ,',
  ].join('\r\n');

  it('refuses a malformed file whole, naming the line, and writes nothing', async () => {
    const bad = Buffer.from(`${CSV}\r\n2026-05-03,12.5,ｽｽﾞｷ,\r\n`, 'utf8');
    const res = await upload(bad);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('file');
    expect(res.body.reason).toBe('payments.statementAmountInvalid');
    expect(res.body.errors[0].message).toBe(
      '5行目の金額「12.5」が正しくありません。1以上の円単位の整数で入力してください。',
    );
    const zengin = transferNotice([{ no: '000101', date: '080501', amount: 55_000, name: 'ｹﾝｼﾖｳｾｲｷ(ｶ' }]);
    zengin[2] = zengin[2].replace('000001', '000002'); // trailer count disagrees with the data
    const res2 = await upload(sjisFile(zengin));
    expect(res2.status).toBe(400);
    expect(res2.body.reason).toBe('payments.zenginTransferTotalMismatch');
    expect(res2.body.errors[0].message).toMatch(/^3行目の振込合計（2件・¥/);
    expect(await count('bank_statement_imports')).toBe(0);
    expect(await count('bank_credits')).toBe(0);
    expect(await count('payments')).toBe(0);
    expect((await invoice(inv[`${ids.kensho}:apr`]))!.amountPaid).toBe(0);
  });

  it('refuses an upload whose file is not in the part named file, and writes nothing', async () => {
    const before = await count('bank_statement_imports');
    const res = await t.http
      .post('/api/v1/bank-statements')
      .set(bearer(f.adminToken))
      .attach('statement', Buffer.from(CSV), 'statement.csv')
      .expect(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        field: 'file',
        message: expect.stringContaining('「file」という名前のファイルのパートがありません（あるパート：statement）'),
      }),
    ]);
    expect(await count('bank_statement_imports')).toBe(before);
  });

  it('applies the exact kana match and leaves the rest unmatched with reasons', async () => {
    const res = await upload(Buffer.from(CSV, 'utf8'));
    expect(res.status).toBe(201);
    expect(res.body.format).toBe('csv');
    expect(res.body.duplicate).toBe(false);
    expect(res.body.appliedCount).toBe(1);
    const byName = Object.fromEntries(res.body.credits.map((c: { senderName: string }) => [c.senderName, c])) as Record<
      string,
      { status: string; tenantId: string | null; unmatchedReasons: string[]; candidateTenantIds: string[] }
    >;
    expect(byName['ｹﾝｼｮｳｾｲｷ(ｶ']).toMatchObject({ status: 'applied', tenantId: ids.kensho, candidateTenants: [] });
    expect((byName['ｹﾝｼｮｳｾｲｷ(ｶ'] as unknown as { tenantName: string }).tenantName).toMatch(/\S/);
    expect(byName['ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ']).toMatchObject({
      status: 'unmatched',
      unmatchedReasons: ['amount_mismatch'],
      candidateTenantIds: [ids.yamada],
      // Names beside ids: the candidates with their names, the matched tenant named too.
      candidateTenants: [{ id: ids.yamada, name: '山田商事株式会社' }],
      tenantName: null,
    });
    expect(byName['ﾀﾅｶ ﾊﾅｺ']).toMatchObject({ status: 'unmatched', unmatchedReasons: ['no_name_match'] });
    const kensho = await invoice(inv[`${ids.kensho}:apr`]);
    expect([kensho!.status, kensho!.amountPaid]).toEqual(['paid', 55_000]);
  });

  it('lists the unmatched credits and lets a person match them, accepting a short deposit as the bank fee', async () => {
    const list = await t.http.get('/api/v1/bank-credits?status=unmatched').set(bearer(f.adminToken));
    expect(list.body.total).toBe(2);
    const [yamada, tanaka] = list.body.items as { id: string; senderName: string }[];
    expect([yamada.senderName, tanaka.senderName]).toEqual(['ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ', 'ﾀﾅｶ ﾊﾅｺ']);
    const matched = await t.http
      .post(`/api/v1/bank-credits/${yamada.id}/match`)
      .set(bearer(f.adminToken))
      .send({ tenantId: ids.yamada, acceptShortAsFee: true });
    expect(matched.status).toBe(200);
    expect(matched.body).toMatchObject({ status: 'applied', tenantId: ids.yamada, bankFee: 880 });
    const payment = await t.http.get(`/api/v1/payments/${matched.body.paymentId}`).set(bearer(f.adminToken));
    expect(payment.body.amount).toBe(108_020);
    expect(payment.body.method).toBe('bank_transfer');
    expect(payment.body.allocations.map((a: { kind: string; amount: number }) => [a.kind, a.amount])).toEqual([
      ['invoice', 108_020],
      ['bank_fee', 880],
    ]);
    const y = await invoice(inv[`${ids.yamada}:apr`]);
    expect([y!.status, y!.amountPaid]).toEqual(['paid', 108_900]);
    const again = await t.http
      .post(`/api/v1/bank-credits/${yamada.id}/match`)
      .set(bearer(f.adminToken))
      .send({ tenantId: ids.yamada });
    expect(again.status).toBe(409);
    const sato = await t.http
      .post(`/api/v1/bank-credits/${tanaka.id}/match`)
      .set(bearer(f.adminToken))
      .send({ tenantId: ids.sato });
    expect(sato.body.status).toBe('applied');
    expect((await invoice(inv[`${ids.sato}:apr`]))!.status).toBe('paid');
    const left = await t.http.get('/api/v1/bank-credits?status=unmatched').set(bearer(f.adminToken));
    expect(left.body.total).toBe(0);
  });

  it('re-importing the same file, or the same credits in another file, applies nothing twice', async () => {
    const payments = await count('payments');
    const same = await upload(Buffer.from(CSV, 'utf8'));
    expect(same.status).toBe(201);
    expect(same.body.duplicate).toBe(true);
    const overlapping = await upload(Buffer.from(`${CSV}\r\n`, 'utf8'));
    expect(overlapping.body).toMatchObject({ duplicate: false, creditCount: 3, duplicateCount: 3, appliedCount: 0 });
    expect(await count('payments')).toBe(payments);
    expect(await count('bank_credits')).toBe(3);
  });

  it('reads a Zengin 振込入金通知 in Shift_JIS, matches by alias, and accepts a fee within the tolerance', async () => {
    const may = await issueInvoices(
      t.app,
      f.facilityId,
      f.adminUserId,
      '2026-05',
      [
        { tenantId: ids.kensho, amount: 55_000 },
        { tenantId: ids.sato, amount: 20_000 },
      ],
      '2026-05-01',
    );
    const alias = await t.http
      .post(`/api/v1/tenants/${ids.sato}/payer-aliases`)
      .set(bearer(f.adminToken))
      .send({ alias: 'タナカ ハナコ' });
    expect(alias.status).toBe(201);
    const settings = await t.http
      .patch('/api/v1/debit-settings')
      .set(bearer(f.adminToken))
      .send({ bankFeeTolerance: 660 });
    expect(settings.body.bankFeeTolerance).toBe(660);
    const records = transferNotice([
      { no: '000201', date: '080531', amount: 54_340, name: 'ｹﾝｼﾖｳｾｲｷ(ｶ' },
      { no: '000202', date: '080531', amount: 20_000, name: 'ﾀﾅｶ ﾊﾅｺ' },
    ]);
    const res = await upload(sjisFile(records));
    expect(res.status).toBe(201);
    expect(res.body.format).toBe('zengin');
    expect(
      res.body.credits.map((c: { status: string; tenantId: string; bankFee: number }) => [
        c.status,
        c.tenantId,
        c.bankFee,
      ]),
    ).toEqual([
      ['applied', ids.kensho, 660],
      ['applied', ids.sato, 0],
    ]);
    for (const i of may) expect((await invoice(i.id))!.status).toBe('paid');
    // The same records without line breaks: other bytes, same 照会番号 — nothing is applied twice.
    const again = await upload(sjisFile(records, ''));
    expect(again.body).toMatchObject({ duplicate: false, duplicateCount: 2, appliedCount: 0 });
  });

  it('keeps every facility to its own credits, imports and aliases', async () => {
    const list = await t.http.get('/api/v1/bank-credits').set(bearer(f.adminToken));
    const id = list.body.items[0].id;
    const theirs = await t.http.get('/api/v1/bank-credits').set(bearer(other.adminToken));
    expect(theirs.body).toEqual({ items: [], total: 0 });
    expect((await t.http.get(`/api/v1/bank-credits/${id}`).set(bearer(other.adminToken))).status).toBe(404);
    const match = await t.http
      .post(`/api/v1/bank-credits/${id}/match`)
      .set(bearer(other.adminToken))
      .send({ tenantId: ids.kensho });
    expect(match.status).toBe(404);
    expect((await t.http.get(`/api/v1/tenants/${ids.sato}/payer-aliases`).set(bearer(other.adminToken))).status).toBe(
      404,
    );
    const aliasPost = await t.http
      .post(`/api/v1/tenants/${ids.sato}/payer-aliases`)
      .set(bearer(other.adminToken))
      .send({ alias: 'ﾆｾﾓﾉ' });
    expect(aliasPost.status).toBe(404);
    const aliases = await t.http.get(`/api/v1/tenants/${ids.sato}/payer-aliases`).set(bearer(f.adminToken));
    const del = await t.http
      .delete(`/api/v1/tenants/${ids.sato}/payer-aliases/${aliases.body.items[0].id}`)
      .set(bearer(other.adminToken));
    expect(del.status).toBe(404);
    // The same file uploaded in another facility is that facility's own first import.
    const csv = Buffer.from(CSV, 'utf8');
    const res = await upload(csv, '', other.adminToken);
    expect(res.body).toMatchObject({ duplicate: false, appliedCount: 0 });
    expect(await count('bank_credits', other.facilityId)).toBe(3);
    expect(await count('tenant_payer_aliases', other.facilityId)).toBe(0);
    expect(await count('bank_statement_imports', other.facilityId)).toBe(1);
  });
});
