import { TransactionRunner } from '@tamago/database';
import { LeaseSpace } from '@tamago/leasing/entities';
import { spaces } from '../metering/helpers';
import { TestFacility, bearer, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import {
  REGISTRATION_NUMBER,
  getBinary,
  invoicesOf,
  issueRun,
  pdfText,
  previewRun,
  savePdfPng,
  seedLease,
  seedTenant,
  unzipEntries,
} from './billing-helpers';

const flat = (x: string) => x.replace(/[\s\u3000]+/g, '');

/** The invoice as a document, through the API: draft PDF, issued PDF, reissue, a run's ZIP. */
describe('invoice documents', () => {
  let t: TestApp;
  let f: TestFacility;
  let runId = '';

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    f = await createFacility(t.app, t.http, '書類テスト施設');
    await t.http
      .patch('/api/v1/facility')
      .set(bearer(f.adminToken))
      .send({
        legalName: '一般社団法人みらいインキュベーション',
        registrationNumber: REGISTRATION_NUMBER,
        issuerAddress: '〒100-0005 東京都千代田区丸の内1-1-1',
        issuerPhone: '03-1234-5678',
        bankAccount: {
          bankName: 'みらい銀行',
          branchName: '丸の内支店',
          accountType: 'ordinary',
          accountNumber: '1234567',
          accountHolder: 'ｼｬ)ﾐﾗｲ',
        },
      })
      .expect(200);
    const rooms = await spaces(t.http, f.adminToken, ['A-101', 'B-202']);
    const tenantId = await seedTenant(t, f.facilityId, 'ケンショウ精機株式会社');
    for (const [code, rent] of [
      ['A-101', 100_000],
      ['B-202', 60_000],
    ] as const) {
      const leaseId = await seedLease(t, f.facilityId, tenantId, {
        startDate: '2026-04-01',
        endDate: '2029-03-31',
        monthlyRent: rent,
      });
      await t.app.get(TransactionRunner).inFacility(f.facilityId, (em) =>
        em.save(
          em.create(LeaseSpace, {
            facilityId: f.facilityId,
            leaseId,
            spaceId: rooms[code],
            startDate: '2026-04-01',
            endDate: '2029-03-31',
            holds: true,
          }),
        ),
      );
    }
  }, 60_000);
  afterAll(() => t.close());

  it("a draft's PDF answers 200 and shows the draft as it will be issued, marked 下書き", async () => {
    const run = await previewRun(t.http, f.adminToken, '2027-01');
    runId = run.id;
    const [draft] = await invoicesOf(t.http, f.adminToken, run.id);
    expect(draft.number).toBeNull();
    const text = flat(pdfText(await getBinary(t.http, f.adminToken, `/api/v1/invoices/${draft.id}/pdf`)));
    expect(text).toContain('下書き');
    expect(text).toContain(flat(`¥${draft.total.toLocaleString('en-US')}`));
    expect(text).toContain('賃料A-1012027年1月分');
    expect(text).toContain('賃料B-2022027年1月分');
  });

  it('the issued PDF: issuer block, both rooms named, months without zero padding', async () => {
    await issueRun(t.http, f.adminToken, runId, '2026-12-15');
    const [inv] = await invoicesOf(t.http, f.adminToken, runId);
    const pdf = await getBinary(t.http, f.adminToken, `/api/v1/invoices/${inv.id}/pdf`);
    savePdfPng(pdf, 'e2e-issued-invoice');
    const text = pdfText(pdf);
    for (const part of [
      '適格請求書',
      'ケンショウ精機株式会社　御中',
      '一般社団法人みらいインキュベーション',
      '〒100-0005 東京都千代田区丸の内1-1-1',
      'TEL 03-1234-5678',
      `登録番号：${REGISTRATION_NUMBER}`,
      'ご請求金額',
      '¥176,000',
      '賃料 A-101 2027年1月分',
      '賃料 B-202 2027年1月分',
      'お振込先',
    ]) {
      expect([part, flat(text).includes(flat(part))]).toEqual([part, true]);
    }
    expect(text).not.toContain('2027年01月');
  });

  it('a reissue names the invoice it replaces; the run downloads as one ZIP', async () => {
    const [inv] = await invoicesOf(t.http, f.adminToken, runId);
    await t.http
      .post(`/api/v1/invoices/${inv.id}/void`)
      .set(bearer(f.adminToken))
      .send({ reason: '宛名誤り' })
      .expect(200);
    const re = await t.http
      .post(`/api/v1/invoices/${inv.id}/reissue`)
      .set(bearer(f.adminToken))
      .send({ issueDate: '2026-12-16' })
      .expect(201);
    const text = flat(pdfText(await getBinary(t.http, f.adminToken, `/api/v1/invoices/${re.body.id}/pdf`)));
    expect(text).toContain(flat(`本書は ${inv.number}（2026年12月15日 発行・取消済）に代わるものです`));

    const zip = await getBinary(t.http, f.adminToken, `/api/v1/billing-runs/${runId}/pdfs`);
    const entries = unzipEntries(zip);
    expect([...entries.keys()]).toEqual([`${inv.number}_取消.pdf`, `${re.body.number}.pdf`]);
    expect(flat(pdfText(entries.get(`${re.body.number}.pdf`)!))).toContain('適格請求書');
    await t.http
      .get(`/api/v1/billing-runs/00000000-0000-4000-8000-000000000000/pdfs`)
      .set(bearer(f.adminToken))
      .expect(404);
  });
});
