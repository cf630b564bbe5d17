import { Page } from 'playwright-core';
import { validCorporateNumber } from '../tenants/helpers';
import { activeTenant, createTenant } from '../support/tenants';
import { seriousViolations as axeOf } from './support/axe';
import { screenshot } from './support/artifacts';
import { BrowserEnv, startBrowserEnv } from './support/browser-env';

jest.setTimeout(180_000);

/**
 * The staff dialogs on the shared FormDialog, as a person meets them: a failed check or an API field error
 * is said beside the field it is about, in Japanese, and the dialog stays accessible while it does.
 */
describe('Staff form dialogs (browser)', () => {
  let env: BrowserEnv;
  let page: Page;

  beforeAll(async () => {
    env = await startBrowserEnv();
    page = await env.pageAs('manager');
  });

  afterAll(async () => {
    await env?.close();
  });

  /** Waits for the dialog's opening transition to end (axe and screenshots read the settled colours). */
  async function dialogSettled(): Promise<void> {
    await page.mouse.move(0, 0);
    // A string: this file is type-checked without the DOM library.
    await page.waitForFunction(`(() => {
      const dialog = document.querySelector('[role="dialog"]');
      for (let e = dialog; e; e = e.parentElement) if (getComputedStyle(e).opacity !== '1') return false;
      return !!dialog;
    })()`);
  }

  /** The field is marked invalid and its description (the error beside it) says the message. */
  async function expectFieldError(label: RegExp, message: string | RegExp): Promise<void> {
    const field = page.getByRole('dialog').getByLabel(label);
    await page.waitForFunction((el) => el?.getAttribute('aria-invalid') === 'true', await field.elementHandle());
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
    const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
    const described = texts.join(' ');
    expect(described).toMatch(message);
  }

  it('edits the company facts: the API says the website is no URL beside the website field', async () => {
    const tenantId = await activeTenant(env.t.http, env.users.manager.token, '株式会社ダイアログ検証');
    await page.goto(`/tenants/${tenantId}`);
    await page.getByRole('button', { name: '会社情報を編集' }).click();
    const dialog = page.getByRole('dialog', { name: '会社情報を編集' });
    await dialog.getByLabel(/^ウェブサイト/).fill('tamago dot example');
    await dialog.getByRole('button', { name: '保存する' }).click();
    await expectFieldError(/^ウェブサイト/, 'URL の形式で入力してください。');
    await dialogSettled();
    await screenshot(page, 'dialog-edit-profile-error-ja');
    expect(await axeOf(page, '[role="dialog"]')).toEqual([]);
    await dialog.getByRole('button', { name: 'キャンセル' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it("approves a tenant: the API's errors on the screening review are beside the reviewer and comment", async () => {
    const tenantId = await createTenant(env.t.http, env.users.manager.token, {
      kind: 'corporation',
      name: '株式会社しんさ中',
      nameKana: 'シンサチュウ',
      status: 'screening',
      corporateNumber: validCorporateNumber(),
    });
    await page.goto(`/tenants/${tenantId}`);
    await page.getByRole('button', { name: 'ステータスを変更' }).click();
    await page.getByRole('menuitem', { name: '入居を承認する' }).click();
    const dialog = page.getByRole('dialog', { name: '入居を承認する' });
    await dialog.getByRole('button', { name: '入居を承認する' }).click();
    // Empty strings: the API's minLength (or required) code, said as its sentence.
    await expectFieldError(/^審査員/, /入力してください。$/);
    await expectFieldError(/^審査コメント/, /入力してください。$/);
    await dialogSettled();
    await screenshot(page, 'dialog-lifecycle-error-ja');
    expect(await axeOf(page, '[role="dialog"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('adds a partner organisation: a wrong contact e-mail is said beside it', async () => {
    await page.goto('/support/referrals?tab=organizations');
    await page.getByRole('button', { name: '支援機関を追加' }).click();
    const dialog = page.getByRole('dialog', { name: '支援機関を追加' });
    await dialog.getByRole('button', { name: '支援機関を追加する' }).click();
    await expectFieldError(/^名称/, '入力してください。');
    await dialog.getByLabel(/^名称/).fill('県立産業技術センター');
    await dialog.getByLabel(/^担当者名/).fill('田中 一郎');
    await dialog.getByLabel(/^メールアドレス/).fill('tanaka@');
    await dialog.getByRole('button', { name: '支援機関を追加する' }).click();
    await expectFieldError(/^メールアドレス/, 'メールアドレスの形式で入力してください。');
    await dialogSettled();
    await screenshot(page, 'dialog-organization-error-ja');
    expect(await axeOf(page, '[role="dialog"]')).toEqual([]);
    await dialog.getByLabel(/^メールアドレス/).fill('tanaka@example.jp');
    await dialog.getByRole('button', { name: '支援機関を追加する' }).click();
    await page.getByText('支援機関を追加しました。').waitFor();
    await dialog.waitFor({ state: 'detached' });
  });

  it('registers a subsidy programme: the missing fields, the round ones too, and a sentence above the buttons', async () => {
    await page.goto('/support/subsidies');
    await page.getByRole('button', { name: '制度を登録' }).click();
    const dialog = page.getByRole('dialog', { name: '補助金制度を登録' });
    await dialog.getByRole('button', { name: '登録する' }).click();
    await dialog.getByRole('alert').getByText('入力内容を確認してください。').waitFor();
    await expectFieldError(/^制度名/, '入力してください。');
    await expectFieldError(/^回の名称/, '入力してください。');
    await dialogSettled();
    await screenshot(page, 'dialog-program-error-ja');
    expect(await axeOf(page, '[role="dialog"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it("changes a staff member's roles: none chosen is said beside the roles", async () => {
    const admin = await env.pageAs('admin');
    await admin.goto('/settings/users');
    await admin
      .getByRole('button', { name: /の編集$|を編集$/ })
      .first()
      .click();
    const dialog = admin.getByRole('dialog');
    await dialog.waitFor();
    const roles = dialog.getByRole('combobox', { name: /^権限/ });
    await roles.focus();
    for (let i = 0; i < 4; i += 1) await admin.keyboard.press('Backspace');
    await dialog.getByRole('button', { name: '権限を保存する' }).click();
    await dialog.getByText('入力してください。').waitFor();
    await admin.mouse.move(0, 0);
    await screenshot(admin, 'dialog-edit-user-error-ja');
    expect(await axeOf(admin, '[role="dialog"]')).toEqual([]);
    await admin.context().close();
  });

  it('keeps the menu column as tall as a long page (settings in English at 1280 px)', async () => {
    const en = await env.pageAs('admin', 'en');
    await en.goto('/settings');
    await en.getByRole('navigation', { name: /メインメニュー|Main menu/ }).waitFor();
    // The account's language (Japanese) wins on load; switch as a person would.
    await en.getByText('English', { exact: true }).click();
    await en.getByRole('navigation', { name: 'Main menu' }).waitFor();
    await en.waitForLoadState('networkidle');
    await en.mouse.move(0, 0);
    await screenshot(en, 'shell-settings-en-1280');
    const m = (await en.evaluate(`(() => {
      const root = document.querySelector('.mantine-AppShell-root');
      const column = getComputedStyle(root, '::before');
      const navbar = document.querySelector('.mantine-AppShell-navbar');
      return {
        pageHeight: document.documentElement.scrollHeight,
        windowHeight: window.innerHeight,
        columnHeight: parseFloat(column.height),
        columnWidth: parseFloat(column.width),
        columnColour: column.backgroundColor,
        navbarWidth: navbar.getBoundingClientRect().width,
        navbarColour: getComputedStyle(navbar).backgroundColor,
      };
    })()`)) as Record<'pageHeight' | 'windowHeight' | 'columnHeight' | 'columnWidth' | 'navbarWidth', number> &
      Record<'columnColour' | 'navbarColour', string>;
    // The page is longer than the window (else this would prove nothing), and the column is as long as it.
    expect(m.pageHeight).toBeGreaterThan(m.windowHeight);
    expect(m.columnHeight).toBeGreaterThanOrEqual(m.pageHeight - 1);
    expect(m.columnWidth).toBeCloseTo(m.navbarWidth, 0);
    expect(m.columnColour).toBe(m.navbarColour);
    await en.context().close();
  });
});
