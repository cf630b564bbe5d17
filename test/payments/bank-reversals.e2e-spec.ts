import { InvoicesService } from '@tamago/billing';
import { TransactionRunner } from '@tamago/database';
import { TestFacility, bearer, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { createTenant, issueInvoices } from './helpers';
import { rec, sjisFile } from './zengin-fixtures';

interface Rec01 {
  no: string;
  date: string;
  amount: number;
  name: string;
  cancel?: boolean;
}

/** A 振込入金通知 (01) for account 0001-001-1234567 with 作成日 `created`; 取消 records carry 取消区分 1. */
function notice01(created: string, records: Rec01[]): Buffer {
  const header = rec(
    200,
    ...['1', '01', '0', created, '080501', created, '0001', 'ﾐｽﾞﾎ'.padEnd(15), '001', 'ﾄｳｷﾖｳ'.padEnd(15)],
    ...['1', '1234567', 'ﾀﾏｺﾞ'.padEnd(40), ' '.repeat(93)],
  );
  const data = records.map((c) =>
    rec(
      200,
      ...['2', c.no, c.date, c.date, String(c.amount).padStart(10, '0'), '0'.repeat(10), ' '.repeat(10)],
      ...[c.name.padEnd(48), 'ﾐﾂﾋﾞｼ'.padEnd(15), 'ｼﾝｼﾞﾕｸ'.padEnd(15), c.cancel ? '1' : '0', ' '.repeat(72)],
    ),
  );
  const cancelled = records.filter((c) => c.cancel);
  const total = (list: Rec01[]) => list.reduce((s, c) => s + c.amount, 0);
  const trailer = rec(
    200,
    ...['8', String(records.length).padStart(6, '0'), String(total(records)).padStart(12, '0')],
    ...[String(cancelled.length).padStart(6, '0'), String(total(cancelled)).padStart(12, '0'), ' '.repeat(163)],
  );
  return sjisFile([header, ...data, trailer, rec(200, '9', ' '.repeat(199))]);
}

/** A 入出金取引明細 (03) with one 入金訂正 line (入払区分 2, 取引区分 19). */
function correction03(no: string, date: string, amount: number, name: string): Buffer {
  const header = rec(
    200,
    ...['1', '03', '0', date, date, date, '0001', 'ﾐｽﾞﾎ'.padEnd(15), '001', 'ﾄｳｷﾖｳ'.padEnd(15), ' '.repeat(3)],
    ...['1', '0001234567', 'ﾀﾏｺﾞ'.padEnd(40), '0', '0', '0'.repeat(14), ' '.repeat(71)],
  );
  const line = rec(
    200,
    ...[
      '2',
      no,
      date,
      date,
      '2',
      '19',
      String(amount).padStart(12, '0'),
      '0'.repeat(12),
      ' '.repeat(6 + 6 + 1 + 7 + 3),
    ],
    ...[' '.repeat(10), name.padEnd(48), ' '.repeat(15 + 15 + 20 + 20 + 1)],
  );
  const trailer = rec(
    200,
    ...['8', '000000', '0'.repeat(13), '000001', String(amount).padStart(13, '0'), '0', '0'.repeat(14)],
    ...['0000001', ' '.repeat(139)],
  );
  return sjisFile([header, line, trailer, rec(200, '9', ' '.repeat(199))]);
}

describe('bank reversals (取消 / 訂正)', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  const ids = { kensho: '', sato: '' };
  const inv: Record<string, string> = {};
  const credits: Record<string, { id: string; status: string; paymentId: string | null }> = {};

  const CREDITS = notice01('080502', [
    { no: '000101', date: '080501', amount: 55_000, name: 'ｹﾝｼﾖｳｾｲｷ(ｶ' },
    { no: '000102', date: '080501', amount: 20_000, name: 'ｻﾄｳﾊﾅｺﾃﾞｻﾞｲﾝ' },
    { no: '000103', date: '080502', amount: 20_000, name: 'ｻﾄｳﾊﾅｺﾃﾞｻﾞｲﾝ' },
  ]);
  const CANCEL = notice01('080507', [
    { no: '000101', date: '080507', amount: 55_000, name: 'ｹﾝｼﾖｳｾｲｷ(ｶ', cancel: true },
  ]);

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
    ids.sato = await createTenant(t.app, f.facilityId, a, '佐藤花子デザイン', 'サトウハナコデザイン');
    const apr = await issueInvoices(
      t.app,
      f.facilityId,
      a,
      '2026-04',
      [
        { tenantId: ids.kensho, amount: 55_000 },
        { tenantId: ids.sato, amount: 20_000 },
      ],
      '2026-04-01',
    );
    for (const i of apr) inv[i.tenantId] = i.id;
  });
  afterAll(() => t.close());

  const upload = (file: Buffer, token = f.adminToken) =>
    t.http.post('/api/v1/bank-statements').set(bearer(token)).attach('file', file, 'statement.dat');
  const count = (table: string, facilityId = f.facilityId) =>
    t.app
      .get(TransactionRunner)
      .inFacility(facilityId, async (em) => Number((await em.query(`SELECT count(*) AS n FROM ${table}`))[0].n));
  const invoice = async (tenantId: string) => {
    const i = (await t.app.get(InvoicesService).findIssued(f.facilityId, inv[tenantId]))!;
    return [i.status, i.amountPaid];
  };
  const credit = async (id: string) =>
    (await t.http.get(`/api/v1/bank-credits/${id}`).set(bearer(f.adminToken))).body as { status: string };

  it('applies the credits of the first file: one pays its invoice, the same-named second waits', async () => {
    const res = await upload(CREDITS);
    expect(res.status).toBe(201);
    expect(res.body.reversals).toBe(0);
    expect(res.body.reversalRecords).toEqual([]);
    for (const c of res.body.credits) credits[c.reference] = c;
    expect(credits['000101']).toMatchObject({ status: 'applied' });
    expect(credits['000102']).toMatchObject({ status: 'applied' });
    expect(credits['000103']).toMatchObject({ status: 'unmatched' });
    expect(await invoice(ids.kensho)).toEqual(['paid', 55_000]);
    expect(await invoice(ids.sato)).toEqual(['paid', 20_000]);
  });

  it('a 01 取消 reverses the linked payment: invoice open again, credit reversed, refund in the ledger', async () => {
    const res = await upload(CANCEL);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ duplicate: false, creditCount: 0, reversals: 1 });
    expect(res.body.reversalRecords).toHaveLength(1);
    const [r] = res.body.reversalRecords;
    expect(r).toMatchObject({
      status: 'applied',
      bookedOn: '2026-05-07',
      amount: 55_000,
      reference: '000101',
      unmatchedReason: null,
      bankCreditId: credits['000101'].id,
    });
    expect(await credit(credits['000101'].id)).toMatchObject({ status: 'reversed' });
    expect(await invoice(ids.kensho)).toEqual(['issued', 0]);
    const payment = await t.http.get(`/api/v1/payments/${credits['000101'].paymentId}`).set(bearer(f.adminToken));
    expect(payment.body.refundIds).toEqual([r.refundId]);
    const refund = await t.http.get(`/api/v1/payments/${r.refundId}`).set(bearer(f.adminToken));
    expect(refund.body).toMatchObject({ kind: 'refund', amount: -55_000, paidOn: '2026-05-07', source: 'bank_credit' });
    expect(refund.body.allocations.map((a: { kind: string; amount: number }) => [a.kind, a.amount])).toEqual([
      ['invoice', -55_000],
    ]);
    // Other credits are untouched.
    expect(await invoice(ids.sato)).toEqual(['paid', 20_000]);
    expect(await count('payments')).toBe(3);
  });

  it('the same 取消 again — same bytes or in another file — reverses nothing twice', async () => {
    const again = await upload(CANCEL);
    expect(again.status).toBe(201);
    expect(again.body.duplicate).toBe(true);
    expect(again.body.reversalRecords.map((r: { status: string }) => r.status)).toEqual(['applied']);
    const otherBytes = notice01('080508', [
      { no: '000101', date: '080507', amount: 55_000, name: 'ｹﾝｼﾖｳｾｲｷ(ｶ', cancel: true },
    ]);
    const res = await upload(otherBytes);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ duplicate: false, reversals: 1, reversalRecords: [] });
    expect(await count('payments')).toBe(3);
    expect(await count('bank_reversals')).toBe(1);
    expect(await invoice(ids.kensho)).toEqual(['issued', 0]);
    expect(await credit(credits['000101'].id)).toMatchObject({ status: 'reversed' });
  });

  it('a 03 訂正 that fits two credits lands in the person list and changes nothing', async () => {
    const res = await upload(correction03('00000901', '080503', 20_000, 'ｻﾄｳﾊﾅｺﾃﾞｻﾞｲﾝ'));
    expect(res.status).toBe(201);
    expect(res.body.reversalRecords).toHaveLength(1);
    expect(res.body.reversalRecords[0]).toMatchObject({
      status: 'unmatched',
      unmatchedReason: 'ambiguous',
      bankCreditId: null,
      refundId: null,
    });
    expect([...res.body.reversalRecords[0].candidateCreditIds].sort()).toEqual(
      [credits['000102'].id, credits['000103'].id].sort(),
    );
    const list = await t.http.get('/api/v1/bank-reversals?status=unmatched').set(bearer(f.adminToken));
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    expect(list.body.items[0]).toMatchObject({ reference: '00000901', amount: 20_000, senderName: 'ｻﾄｳﾊﾅｺﾃﾞｻﾞｲﾝ' });
    expect(await credit(credits['000102'].id)).toMatchObject({ status: 'applied' });
    expect(await credit(credits['000103'].id)).toMatchObject({ status: 'unmatched' });
    expect(await invoice(ids.sato)).toEqual(['paid', 20_000]);
    expect(await count('payments')).toBe(3);
    const reversed = await t.http.get('/api/v1/bank-credits?status=reversed').set(bearer(f.adminToken));
    expect(reversed.body.items.map((c: { id: string }) => c.id)).toEqual([credits['000101'].id]);
    const bad = await t.http.get('/api/v1/bank-reversals?status=unmatched_reversal').set(bearer(f.adminToken));
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('status');
  });

  it('a 03 訂正 with exactly one fitting credit within 5 days reverses it (an unmatched credit: no refund)', async () => {
    // Booked 2026-05-07: the window 05-02..05-07 holds only 000103 (000102 was booked on 05-01).
    const res = await upload(correction03('00000902', '080507', 20_000, 'ｻﾄｳﾊﾅｺﾃﾞｻﾞｲﾝ'));
    expect(res.status).toBe(201);
    expect(res.body.reversalRecords[0]).toMatchObject({
      status: 'applied',
      bankCreditId: credits['000103'].id,
      refundId: null,
    });
    expect(await credit(credits['000103'].id)).toMatchObject({ status: 'reversed' });
    expect(await credit(credits['000102'].id)).toMatchObject({ status: 'applied' });
    expect(await invoice(ids.sato)).toEqual(['paid', 20_000]);
    expect(await count('payments')).toBe(3);
  });

  it("another facility neither sees nor reverses this facility's credits", async () => {
    const theirs = await t.http.get('/api/v1/bank-reversals').set(bearer(other.adminToken));
    expect(theirs.body).toEqual({ items: [], total: 0 });
    const res = await upload(CANCEL, other.adminToken);
    expect(res.status).toBe(201);
    expect(res.body.duplicate).toBe(false);
    expect(res.body.reversalRecords).toHaveLength(1);
    expect(res.body.reversalRecords[0]).toMatchObject({
      status: 'unmatched',
      unmatchedReason: 'no_credit',
      candidateCreditIds: [],
    });
    expect(await count('bank_reversals', other.facilityId)).toBe(1);
    expect(await count('payments', other.facilityId)).toBe(0);
    const mine = await t.http.get('/api/v1/bank-reversals').set(bearer(f.adminToken));
    expect(mine.body.total).toBe(3);
    expect(await count('payments')).toBe(3);
    expect(await credit(credits['000102'].id)).toMatchObject({ status: 'applied' });
  });
});
