import { readFileSync } from 'node:fs';
import { isHoliday } from '@holiday-jp/holiday_jp';
import { Page } from 'playwright-core';
import { bearer, createActiveTenant } from '../support/factories';
import { issueInvoices } from '../payments/helpers';
import { seriousViolations as axeOf } from './support/axe';
import { screenshot } from './support/artifacts';
import { BrowserEnv, startBrowserEnv } from './support/browser-env';
import { seedWorkspace, Seeded } from './support/seed';

jest.setTimeout(180_000);

const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
const PERIOD = TODAY.slice(0, 7);

/** The first Wednesday on or after the invoice's due date that is no national holiday: a bank business day. */
function debitDateFrom(dueDate: string): string {
  const d = new Date(`${dueDate}T00:00:00Z`);
  while (d.getUTCDay() !== 3 || isHoliday(d.toISOString().slice(0, 10))) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The bank's answer to a request file: every debit made (振替結果コード 0), the trailer counting them. */
function resultFileOf(request: Buffer): Buffer {
  const records: Buffer[] = [];
  for (let i = 0; i < request.length;) {
    if (request[i] === 0x0d || request[i] === 0x0a) {
      i += 1;
      continue;
    }
    records.push(Buffer.from(request.subarray(i, i + 120)));
    i += 120;
  }
  for (const r of records) {
    if (r[0] === 0x32) r.write('0', 111, 'latin1');
    if (r[0] === 0x38) {
      const count = r.toString('latin1', 1, 7);
      const amount = r.toString('latin1', 7, 19);
      r.write(`${count}${amount}${'0'.repeat(6)}${'0'.repeat(12)}`, 19, 'latin1');
    }
  }
  return Buffer.concat(records.flatMap((r) => [r, Buffer.from('\r\n')]));
}

/** Axe at rest: the pointer parked off every control first (a hovered button shows its hover colour). */
async function seriousViolations(page: Page, include?: string) {
  await page.mouse.move(0, 0);
  return axeOf(page, include);
}

/** Runs a journey; on failure the page is kept as a screenshot beside the others. */
async function journey(page: Page, name: string, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (e) {
    await screenshot(page, `failed-${name}`).catch(() => undefined);
    throw e;
  }
}

describe('the staff workspace, part 2: direct debit, meter readings, settings, accounting', () => {
  let env: BrowserEnv;
  let seeded: Seeded;
  let admin: Page;
  let debitDate: string;
  const debitTenant = '株式会社口座振替テック';

  beforeAll(async () => {
    env = await startBrowserEnv();
    seeded = await seedWorkspace(env.t.http, env.users.admin.token);
    const tenantId = await createActiveTenant(env.t.http, env.users.admin.token, debitTenant);
    const [invoice] = await issueInvoices(
      env.t.app,
      env.facility.facilityId,
      env.facility.adminUserId,
      PERIOD,
      [{ tenantId, amount: 55_000 }],
      TODAY,
    );
    debitDate = debitDateFrom(invoice.dueDate);
    admin = await env.pageAs('admin');
  });

  afterAll(async () => {
    await env?.close();
  });

  it('registers a direct-debit mandate, makes the request file, downloads it and imports the result', () =>
    journey(admin, 'debit', async () => {
      const page = admin;
      await page.goto('/payments?tab=debit');
      await page.getByRole('heading', { name: '委託者と引落口座' }).waitFor();
      // The consignor settings open by themselves while incomplete.
      await page.getByLabel(/^委託者コード/).fill('1234567890');
      await page.getByLabel(/^委託者名/).fill('ﾀﾏｺﾞｲﾝｷﾕﾍﾞｰｼﾖﾝｾﾝﾀｰ');
      await page.getByLabel(/^金融機関コード/).fill('0001');
      await page.getByLabel(/^支店コード/).fill('001');
      await page.getByLabel(/^口座番号/).fill('7654321');
      await page.getByRole('button', { name: '保存する' }).click();
      await page.getByText('委託者情報を保存しました。').waitFor();

      await page.getByRole('button', { name: '依頼書を登録' }).click();
      const dialog = page.getByRole('dialog', { name: '口座振替依頼書を登録' });
      await dialog.getByRole('button', { name: '依頼書を登録' }).click();
      // Checked in the browser first: the bank code needs its 4 digits.
      await dialog.getByText('4桁の数字で入力してください。').first().waitFor();
      await dialog.getByRole('combobox', { name: '入居企業' }).fill('口座振替');
      await page.getByRole('option', { name: debitTenant }).click();
      await dialog.getByLabel(/^金融機関コード/).fill('0005');
      await dialog.getByLabel(/^支店コード/).fill('123');
      await dialog.getByLabel(/^口座番号/).fill('1234567');
      await dialog.getByLabel(/^口座名義/).fill('ｺｳｻﾞﾌﾘｶｴﾃﾂｸ(ｶ');
      await dialog.getByLabel(/^顧客番号/).fill('1001');
      await screenshot(page, 'debit-mandate-dialog');
      await dialog.getByRole('button', { name: '依頼書を登録' }).click();
      await page.getByText('口座振替依頼書を登録しました。').waitFor();
      await page.getByRole('cell', { name: debitTenant, exact: true }).waitFor();

      const date = page.getByLabel(/^振替日/);
      await date.fill(debitDate.replace(/-/g, '/'));
      await date.press('Tab');
      await page.getByRole('button', { name: '振替依頼データを作成' }).click();
      const batch = page.getByRole('dialog', { name: /振替分$/ });
      await batch.getByText('¥55,000').first().waitFor();
      await batch.getByText('結果待ち').first().waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        batch.getByRole('button', { name: '依頼ファイルをダウンロード' }).click(),
      ]);
      const request = readFileSync((await download.path())!);
      expect(request.length).toBeGreaterThanOrEqual(480);
      await batch.locator('input[type="file"]').setInputFiles({
        name: 'result.txt',
        mimeType: 'text/plain',
        buffer: resultFileOf(request),
      });
      await batch.getByRole('button', { name: '結果を取り込む' }).click();
      await batch.getByText(/振替済 1件（¥55,000）は入金として計上しました/).waitFor();
      await batch.getByText('振替済', { exact: true }).waitFor();
      await screenshot(page, 'debit-result');
      expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
      await batch.getByRole('button', { name: '閉じる' }).last().click();
      const payments = await env.t.http.get('/api/v1/payments').set(bearer(env.users.admin.token)).expect(200);
      expect(
        payments.body.items.some(
          (p: { method: string; amount: number }) => p.method === 'direct_debit' && p.amount === 55_000,
        ),
      ).toBe(true);
      await page.getByRole('cell', { name: '結果取込済み' }).waitFor();
      await screenshot(page, 'debit-page');
      expect(await seriousViolations(page)).toEqual([]);
    }));

  it('enters a meter reading, shows the bad rows of a CSV as a table, then imports the fixed file', () =>
    journey(admin, 'meters', async () => {
      const page = admin;
      // A reading per meter and month: the first on the last day of last month, the CSV's today.
      const first = daysBefore(`${PERIOD}-01`, 1);
      await page.goto('/billing?tab=meters');
      await page.getByRole('tab', { name: '検針', selected: true }).waitFor();
      // All months: the readings may straddle a month end.
      await page.getByRole('button', { name: 'クリア' }).first().click();
      await page.getByRole('button', { name: '検針を入力' }).click();
      const dialog = page.getByRole('dialog', { name: '検針を入力' });
      await dialog.getByRole('combobox', { name: '居室' }).click();
      await page.getByRole('option', { name: 'A-101' }).click();
      const readOn = dialog.getByLabel(/^検針日/);
      await readOn.fill(first.replace(/-/g, '/'));
      await readOn.press('Tab');
      await dialog.getByLabel(/^指示数/).fill('1200');
      await dialog.getByRole('button', { name: '登録する' }).click();
      await page.getByText(/A-101 の検針を登録しました/).waitFor();
      await page.getByRole('cell', { name: '1,200', exact: true }).waitFor();

      await page.getByRole('button', { name: 'CSV を取り込む' }).click();
      const upload = page.getByRole('dialog', { name: '検針 CSV の取り込み' });
      const csv = (rows: string[]) => ({
        name: 'meters.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(['居室コード,種別,検針日,指示数', ...rows].join('\n') + '\n'),
      });
      const file = upload.locator('input[type="file"]');
      await file.setInputFiles(csv([`A-101,電気,${TODAY},1350`, `X-999,電気,${TODAY},10`]));
      await upload.getByRole('button', { name: '内容を確認' }).click();
      await upload.getByText(/1件の問題があります/).waitFor();
      const report = upload.getByRole('table', { name: '取り込めない行' });
      await report.getByRole('cell', { name: '居室コード', exact: true }).waitFor();
      // The row's problem in the reader's language (the API translates the import's row report).
      await report.getByRole('cell', { name: 'この施設に居室コード X-999 の居室はありません。' }).waitFor();
      expect(await report.getByRole('row').count()).toBe(2);
      await screenshot(page, 'meters-import-problems');
      expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
      await file.setInputFiles(csv([`A-101,電気,${TODAY},1350`]));
      await upload.getByRole('button', { name: '取り込む', exact: true }).click();
      await upload.getByText('1件の検針を取り込みました。').waitFor();
      await upload.getByRole('button', { name: '閉じる' }).last().click();
      await page.getByRole('cell', { name: '150 kWh' }).waitFor();
      const api = await env.t.http.get('/api/v1/meter-readings').set(bearer(env.users.admin.token)).expect(200);
      expect(
        api.body.items.map((r: { consumption: number; source: string }) => [r.source, r.consumption]),
      ).toContainEqual(['csv', 150]);
      await screenshot(page, 'meters-page');
      expect(await seriousViolations(page)).toEqual([]);
    }));

  it('adds and renames a room type in the settings, and edits the contacts of a tenant', () =>
    journey(admin, 'settings-contacts', async () => {
      const page = admin;
      await page.goto('/settings');
      await page.getByRole('heading', { name: '部屋タイプ' }).waitFor();
      await page.getByRole('button', { name: '部屋タイプを追加' }).click();
      let dialog = page.getByRole('dialog', { name: '部屋タイプを追加' });
      await dialog.getByLabel(/^コード/).fill('Wet Lab');
      await dialog.getByLabel(/^名称（日本語）/).fill('ウェットラボ');
      await dialog.getByLabel(/^名称（英語）/).fill('Wet lab');
      await dialog.getByRole('button', { name: '保存する' }).click();
      await dialog
        .getByText(/^半角英小文字・数字/)
        .first()
        .waitFor();
      await dialog.getByLabel(/^コード/).fill('wet_lab');
      await dialog.getByRole('button', { name: '保存する' }).click();
      await page.getByText('ウェットラボ を保存しました。').waitFor();
      await page.getByRole('button', { name: 'ウェットラボ を編集' }).click();
      dialog = page.getByRole('dialog', { name: '部屋タイプを編集' });
      await dialog.getByLabel(/^名称（日本語）/).fill('ウェットラボ（化学）');
      await dialog.getByRole('button', { name: '保存する' }).click();
      await page.getByRole('cell', { name: 'ウェットラボ（化学）', exact: true }).waitFor();
      await screenshot(page, 'settings-room-types');
      expect(await seriousViolations(page)).toEqual([]);
      const types = await env.t.http.get('/api/v1/room-types').set(bearer(env.users.admin.token)).expect(200);
      expect(types.body.items.map((rt: { code: string; nameJa: string }) => [rt.code, rt.nameJa])).toContainEqual([
        'wet_lab',
        'ウェットラボ（化学）',
      ]);

      await page.goto(`/tenants/${seeded.tenantId}`);
      await page.getByRole('button', { name: '担当者を編集' }).click();
      dialog = page.getByRole('dialog', { name: /の担当者$/ });
      await dialog.getByRole('button', { name: '担当者を追加' }).click();
      await dialog
        .getByLabel(/^氏名 /)
        .last()
        .fill('山田 花子');
      await dialog
        .getByLabel(/^メール/)
        .last()
        .fill('hanako@');
      await dialog.getByRole('button', { name: '保存する' }).click();
      await dialog.getByText('メールアドレスの形式で入力してください。').waitFor();
      await dialog
        .getByLabel(/^メール/)
        .last()
        .fill('hanako@tamago-lab.example.jp');
      await screenshot(page, 'tenant-contacts-dialog');
      expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
      await dialog.getByRole('button', { name: '保存する' }).click();
      await page.getByText('担当者を保存しました。').waitFor();
      await page.getByRole('cell', { name: 'hanako@tamago-lab.example.jp' }).waitFor();
      const tenant = await env.t.http.get(`/api/v1/tenants/${seeded.tenantId}`).set(bearer(env.users.admin.token));
      expect(tenant.body.contacts).toContainEqual(
        expect.objectContaining({ name: '山田 花子', email: 'hanako@tamago-lab.example.jp' }),
      );
    }));

  it('hides a column of the tenants list and keeps the view on the server for the user', () =>
    journey(admin, 'saved-views', async () => {
      const page = admin;
      await page.goto('/tenants?status=active');
      await page.getByRole('columnheader', { name: 'タグ' }).waitFor();
      await page.getByRole('button', { name: '表示する列' }).click();
      await page.getByRole('checkbox', { name: 'タグ' }).click();
      await page.keyboard.press('Escape');
      await page.getByRole('columnheader', { name: 'タグ' }).waitFor({ state: 'detached' });
      await page.getByRole('button', { name: '今の条件を保存' }).click();
      await page.getByLabel('ビューの名前').fill('入居中（タグなし）');
      await page.getByLabel('ビューの名前').press('Enter');
      await page.getByText('ビュー「入居中（タグなし）」を保存しました。').waitFor();
      const views = await env.t.http
        .get('/api/v1/me/saved-views?list=tenants')
        .set(bearer(env.users.admin.token))
        .expect(200);
      expect(views.body.items).toEqual([
        expect.objectContaining({
          name: '入居中（タグなし）',
          search: expect.objectContaining({ status: 'active', hide: ['tags'] }),
          columns: ['name', 'kind', 'status', 'enteredOn', 'representative'],
        }),
      ]);
      // From a plain list, the saved view brings back its filter and its columns.
      await page.goto('/tenants');
      await page.getByRole('columnheader', { name: 'タグ' }).waitFor();
      await page.getByRole('button', { name: '保存したビュー' }).click();
      await page.getByRole('menuitem', { name: '入居中（タグなし）' }).click();
      await page.getByRole('columnheader', { name: 'タグ' }).waitFor({ state: 'detached' });
      expect(new URL(page.url()).searchParams.get('status')).toBe('active');
      await screenshot(page, 'tenants-saved-view');
      expect(await seriousViolations(page)).toEqual([]);
    }));
});

function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}
