import { invoicesOf, issueRun, previewRun, registerIssuer } from '../billing/billing-helpers';
import { isolatedStore } from '../jobs/helpers';
import { charge } from '../reminders/helpers';
import { TestFacility, bearer, createFacility, uniqueEmail } from '../support/factories';
import { validCorporateNumber } from '../tenants/helpers';
import { TestApp, createTestApp } from '../support/test-app';

jest.setTimeout(180_000);

describe('issued invoices mailed to the billing contact (facility setting), PDF attached', () => {
  let store: Awaited<ReturnType<typeof isolatedStore>>;
  let t: TestApp;
  let f: TestFacility;

  beforeAll(async () => {
    store = await isolatedStore('invoicemail');
    t = await createTestApp({ worker: true });
    f = await createFacility(t.app, t.http, '請求書メール施設');
    await registerIssuer(t.http, f.adminToken);
  });
  afterAll(async () => {
    await t.close();
    await store.drop();
  });

  it('once the facility turns invoice_mail on, an issued invoice goes to the billing contact with its PDF', async () => {
    const billingEmail = uniqueEmail('billing');
    const tenant = await t.http
      .post('/api/v1/tenants')
      .set(bearer(f.adminToken))
      .send({
        kind: 'corporation',
        name: '請求先株式会社',
        nameKana: 'セイキュウサキ',
        status: 'active',
        enteredOn: '2024-04-01',
        corporateNumber: validCorporateNumber(),
        contacts: [{ role: 'billing', name: '経理 花子', email: billingEmail }],
      })
      .expect(201);
    await t.http
      .put('/api/v1/reminder-settings/invoice_mail')
      .set(bearer(f.adminToken))
      .send({ enabled: true })
      .expect(200);
    await charge(t, f, tenant.body.id, '2027-05', 33_000);
    const run = await previewRun(t.http, f.adminToken, '2027-05');
    await issueRun(t.http, f.adminToken, run.id, '2027-05-01');
    const [inv] = await invoicesOf(t.http, f.adminToken, run.id);

    const mail = await t.smtp.waitFor(billingEmail, /請求書 .* を発行しました/, 30_000);
    expect(mail.subject).toContain(inv.number!);
    expect(mail.text).toContain('¥33,000');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0].contentType).toBe('application/pdf');
    expect(mail.attachments[0].content.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
