import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import { bearer, createActiveTenant } from '../support/factories';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/artifacts';
import { BrowserEnv, startBrowserEnv } from './support/browser-env';

/** This month in the facility's time zone (the run's period). */
jest.setTimeout(180_000);

const PERIOD = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit' })
  .format(new Date())
  .slice(0, 7);
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());

describe('billing and payments in the browser', () => {
  let env: BrowserEnv;
  let tenantName: string;
  // One page per role for the whole file: logging in again with a saved state would reuse a refresh token
  // the first page has already rotated.
  let accountantPage: Page;
  let adminPage: Page;

  beforeAll(async () => {
    env = await startBrowserEnv({ worker: true });
    const { http } = env.t;
    const admin = bearer(env.users.admin.token);
    await http
      .patch('/api/v1/facility')
      .set(admin)
      .send({
        legalName: '公益財団法人ブラウザテスト産業振興財団',
        registrationNumber: 'T7000012050002',
        qualifiedInvoiceIssuer: true,
        bankAccount: {
          bankName: 'テスト銀行',
          branchName: '本店',
          accountType: 'ordinary',
          accountNumber: '1234567',
          accountHolder: 'ｻﾝｷﾞｮｳｼﾝｺｳｻﾞｲﾀﾞﾝ',
        },
      })
      .expect(200);
    tenantName = '株式会社ブラウザ検証精機';
    for (const [name, price] of [
      [tenantName, 50_000],
      ['合同会社テスト食品', 30_000],
    ] as const) {
      const tenantId = await createActiveTenant(http, env.users.admin.token, name);
      await http
        .post('/api/v1/charges')
        .set(admin)
        .send({
          tenantId,
          period: PERIOD,
          description: '駐車場使用料',
          quantity: 1,
          unitPrice: price,
          taxCategory: 'standard',
        })
        .expect(201);
    }
    accountantPage = await env.pageAs('accountant');
    adminPage = await env.pageAs('admin');
  });

  afterAll(async () => env?.close());

  async function expectAccessible(page: Page) {
    expect(await seriousViolations(page)).toEqual([]);
  }

  it('runs a billing preview, issues it with the progress shown, and downloads an invoice PDF', async () => {
    const page = accountantPage;
    await page.goto(`/billing?period=${PERIOD}`);
    await page.getByRole('button', { name: 'プレビューを作成する' }).click();
    await page.getByText('プレビュー済み').waitFor({ timeout: 60_000 });
    await page.getByText('¥88,000').first().waitFor();
    await screenshot(page, 'billing-preview-ja');
    await expectAccessible(page);
    await page.getByRole('button', { name: '請求書を発行する' }).click();
    const dialog = page.getByRole('dialog', { name: `${PERIOD} の請求書を発行` });
    await dialog.getByText('2件、合計 ¥88,000 の請求書を発行します。').waitFor();
    await screenshot(page, 'billing-issue-confirm-ja');
    await dialog.getByRole('button', { name: '請求書を発行する' }).click();
    // The progress bar (or, on a fast worker, the issued state it leads to) comes from the job.
    await page.getByRole('progressbar').or(page.getByText('発行済み')).first().waitFor();
    await page.getByText('発行済み').waitFor({ timeout: 60_000 });
    await screenshot(page, 'billing-issued-ja');

    await page.getByRole('tab', { name: '請求書' }).click();
    await page.getByRole('cell', { name: tenantName }).waitFor();
    await screenshot(page, 'invoices-ja');
    await expectAccessible(page);
    await page
      .getByRole('button', { name: /^請求書 .+ の操作$/ })
      .first()
      .click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'PDFをダウンロード' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page
      .getByRole('button', { name: /^請求書 .+ の操作$/ })
      .first()
      .click();
    await page.getByRole('menuitem', { name: 'PDFを表示' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'PDFをダウンロード' }).waitFor();
    await screenshot(page, 'invoice-pdf-ja');
  });

  it('imports a bank file and matches the unmatched credit by hand', async () => {
    const page = accountantPage;
    await page.goto('/payments');
    const csv = `date,amount,senderName,reference\r\n${TODAY},55000,ｶ)ﾌﾞﾗｳｻﾞｹﾝｼｮｳｾｲｷ,\r\n${TODAY},33000,ﾔﾏﾀﾞ ﾀﾛｳ,\r\n`;
    // Mantine's FileInput keeps its file input unlabelled behind the labelled button.
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'statement.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: '取り込む' }).click();
    await page
      .getByRole('status')
      .getByText(/2件の入金を取り込み/)
      .waitFor();
    const match = page.getByRole('button', { name: 'ﾔﾏﾀﾞ ﾀﾛｳ の入金を消し込む' });
    await match.waitFor();
    await screenshot(page, 'payments-unmatched-ja');
    await expectAccessible(page);
    await match.click();
    const dialog = page.getByRole('dialog', { name: '入金を手動で消し込む' });
    await dialog.getByRole('combobox', { name: '入居企業' }).fill('テスト食品');
    await page.getByRole('option', { name: '合同会社テスト食品' }).click();
    await screenshot(page, 'payments-match-ja');
    await dialog.getByRole('button', { name: 'この入居企業に消し込む' }).click();
    await page.getByText('合同会社テスト食品 に消し込みました。').waitFor();
    await page.getByText('消込済み').click();
    await page.getByRole('cell', { name: 'ﾔﾏﾀﾞ ﾀﾛｳ' }).waitFor();
    await page.getByRole('cell', { name: '合同会社テスト食品' }).waitFor();
    await screenshot(page, 'payments-matched-ja');
    await page.getByRole('tab', { name: '未収金' }).click();
    await page.getByRole('cell', { name: tenantName }).waitFor();
    await screenshot(page, 'arrears-ja');
    await expectAccessible(page);
  });

  it("draws the home screen's arrears by age with the API's figures, each bucket a link to the arrears list", async () => {
    const page = accountantPage;
    await page.goto('/');
    const aging = page.getByRole('list', { name: '滞納の経過日数' });
    await aging.waitFor();
    const api = (await env.t.http.get('/api/v1/dashboard').set(bearer(env.users.accountant.token)).expect(200)).body;
    const yen = (n: number) => `¥${n.toLocaleString('en-US')}`;
    const buckets: [string, number][] = [
      ['期日前', api.arrears.aging.current],
      ['1–30日', api.arrears.aging.d1_30],
      ['31–60日', api.arrears.aging.d31_60],
      ['61–90日', api.arrears.aging.d61_90],
      ['91日以上', api.arrears.aging.over_90],
    ];
    // The seeded invoices are open, so the section draws bars rather than its "no arrears" line.
    expect(buckets.some(([, amount]) => amount > 0)).toBe(true);
    const links = aging.getByRole('link');
    expect(await links.allTextContents()).toEqual(buckets.map(([label, amount]) => `${label}${yen(amount)}`));
    // No chart library on the home screen: recharts' SVG surface is not drawn.
    expect(await page.locator('.recharts-surface').count()).toBe(0);
    await screenshot(page, 'dashboard-aging-ja');
    await expectAccessible(page);
    // Keyboard: the buckets are links in the tab order; Enter on one opens the arrears list.
    const first = links.first();
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/payments\?tab=arrears/);
    await page.getByRole('cell', { name: tenantName }).waitFor();
  });

  it('does not show the users screen to an accountant, and the server refuses it', async () => {
    const page = accountantPage;
    await page.goto('/settings');
    await screenshot(page, 'settings-accountant-ja');
    await page.getByRole('heading', { name: '設定' }).waitFor();
    await screenshot(page, 'settings-ja');
    await expectAccessible(page);
    const menu = page.getByRole('navigation', { name: 'メインメニュー' });
    expect(await menu.getByRole('link', { name: 'ユーザーと権限' }).count()).toBe(0);
    await page.goto('/settings/users');
    await page.getByRole('alert').getByText('この画面を表示する権限がありません。').waitFor();
    await screenshot(page, 'users-forbidden-ja');
    await env.t.http.get('/api/v1/users').set(bearer(env.users.accountant.token)).expect(403);
  });

  it('shows the users screen and the audit log to a facility admin', async () => {
    const page = adminPage;
    await page.goto('/settings/users');
    await page.getByRole('button', { name: 'スタッフを招待' }).waitFor();
    await screenshot(page, 'users-ja');
    await expectAccessible(page);
    await page.goto('/audit');
    await page.getByRole('heading', { name: '監査ログ' }).waitFor();
    await screenshot(page, 'audit-ja');
    await expectAccessible(page);
  });

  it('reads the same screens in English', async () => {
    const page = adminPage;
    await page.getByText('English', { exact: true }).click();
    for (const [path, heading, name] of [
      [`/billing?period=${PERIOD}`, 'Billing', 'billing-en'],
      ['/billing?tab=invoices', 'Billing', 'invoices-en'],
      ['/payments?bank=applied', 'Payments', 'payments-en'],
      ['/settings', 'Settings', 'settings-en'],
      ['/audit', 'Audit log', 'audit-en'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, name);
    }
  });
});
