import { Page } from 'playwright-core';
import { screenshot } from './support/artifacts';
import { BrowserEnv, startBrowserEnv } from './support/browser-env';
import { Shell } from './pages/shell';
import { focused, invisibleFocus, outOfOrder, tabTo, tabWalk, unreachable } from './support/keyboard';
import { seedWorkspace, Seeded } from './support/seed';

jest.setTimeout(240_000);

const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());

/**
 * The staff workspace with the keyboard alone: per main screen a skip link to the content, every control
 * reached by Tab in reading order with a focus ring that can be seen (3:1), dialogs that open from the
 * keyboard, keep focus inside, close with Escape and give focus back to their opener, and the screen's main
 * task done without a mouse.
 */
describe('the staff workspace with the keyboard alone (browser)', () => {
  let env: BrowserEnv;
  let seeded: Seeded;
  let page: Page;

  beforeAll(async () => {
    env = await startBrowserEnv();
    seeded = await seedWorkspace(env.t.http, env.users.admin.token);
    page = await env.pageAs('admin');
  });
  afterAll(async () => env?.close());

  /** Opens the screen and puts focus back at the top of the document, as after a page load. */
  async function open(path: string, heading: string | RegExp): Promise<void> {
    await page.goto(path);
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.evaluate(`(() => { document.activeElement?.blur(); window.scrollTo(0, 0); })()`);
  }

  /** The first Tab reaches the skip link; Enter on it puts focus on the main content. */
  async function expectSkipLink(): Promise<void> {
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first?.label).toBe('a "本文へ移動"');
    expect(first?.ringContrast).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(`document.activeElement?.tagName`)).toBe('MAIN');
    // The next Tab goes into the page content, past the header and the menu.
    await page.keyboard.press('Tab');
    expect((await focused(page))?.inMain).toBe(true);
    await page.evaluate(`document.activeElement?.blur()`);
  }

  /** One whole Tab round: order, visibility and reach. */
  async function expectTabRound(name: string): Promise<void> {
    const stops = await tabWalk(page);
    const problems = {
      name,
      invisible: invisibleFocus(stops),
      outOfOrder: outOfOrder(stops),
      unreachable: await unreachable(page),
      inMain: stops.some((s) => s.inMain),
    };
    if (problems.invisible.length + problems.outOfOrder.length + problems.unreachable.length > 0)
      console.log(`${name}: ${stops.map((s) => `${s.label} ${s.ringContrast}`).join('\n')}`);
    expect(problems).toEqual({ name, invisible: [], outOfOrder: [], unreachable: [], inMain: true });
  }

  /**
   * Waits (bounded: 5 s) until the focused element passes `check`, then answers it: Mantine moves focus
   * into a modal after its opening transition and back to the opener after its closing one, which take
   * longer on a busy machine than on a quiet one.
   */
  async function focusSettles(
    check: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  ): Promise<Awaited<ReturnType<typeof focused>>> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const f = await focused(page);
      if (check(f) || Date.now() > deadline) return f;
      await page.waitForTimeout(50);
    }
  }

  /**
   * Tabs to the opener, opens the dialog with Enter, checks focus is inside it and stays there for a full
   * round of Tab (and Shift+Tab), closes it with Escape and checks focus is back on the opener.
   */
  async function expectDialog(opener: string | RegExp, title: string): Promise<void> {
    await page.evaluate(`document.activeElement?.blur()`);
    await tabTo(page, opener);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: title });
    await dialog.waitFor();
    const first = await focusSettles((f) => !!f?.inDialog);
    expect({ title, inDialog: first?.inDialog }).toEqual({ title, inDialog: true });
    const stops = [];
    for (let i = 0; i < 25; i += 1) {
      await page.keyboard.press('Tab');
      stops.push(await focused(page));
    }
    for (let i = 0; i < 5; i += 1) {
      await page.keyboard.press('Shift+Tab');
      stops.push(await focused(page));
    }
    const escaped = stops.filter((s) => !s?.inDialog).map((s) => s?.label ?? 'body');
    expect({ title, escaped }).toEqual({ title, escaped: [] });
    const invisible = invisibleFocus(stops.filter((s) => s !== null));
    expect({ title, invisible }).toEqual({ title, invisible: [] });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    const back =
      (await focusSettles((f) => (typeof opener === 'string' ? f?.name === opener : !!f?.name && opener.test(f.name))))
        ?.name ?? 'body';
    expect({ title, focusBackOn: back }).toEqual({
      title,
      focusBackOn: typeof opener === 'string' ? opener : expect.stringMatching(opener),
    });
  }

  it('dashboard', async () => {
    await open('/', 'ホーム');
    await expectSkipLink();
    await expectTabRound('dashboard');
    await screenshot(page, 'keyboard-dashboard-ja');
  });

  it('tenants: creates a tenant with the keyboard alone', async () => {
    await open('/tenants', '入居企業');
    await expectSkipLink();
    await expectTabRound('tenants');
    await expectDialog('CSV を取り込む', '入居企業の CSV 取り込み');
    await expectDialog('入居企業を登録する', '入居企業の登録');
    await page.evaluate(`document.activeElement?.blur()`);
    await tabTo(page, '入居企業を登録する');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await focusSettles((f) => !!f?.inDialog);
    await tabTo(page, /^企業名/);
    await page.keyboard.type('株式会社キーボード工房');
    await page.keyboard.press('Tab');
    await page.keyboard.type('キーボードコウボウ');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '株式会社キーボード工房', level: 1 }).waitFor();
  });

  it('tenant page', async () => {
    await open(`/tenants/${seeded.tenantId}`, '株式会社たまごラボ');
    await expectSkipLink();
    await expectTabRound('tenant page');
    await screenshot(page, 'keyboard-tenant-ja');
  });

  it('rooms and leases', async () => {
    await open('/rooms', '居室・契約');
    await expectSkipLink();
    await expectTabRound('rooms');
    await open('/rooms/leases', '契約');
    await expectSkipLink();
    await expectTabRound('leases');
  });

  it('billing: run, invoices, charges and meter readings', async () => {
    await open('/billing', '請求');
    await expectSkipLink();
    await expectTabRound('billing run');
    await open('/billing?tab=invoices', '請求');
    await expectTabRound('invoices');
    await open('/billing?tab=charges', '請求');
    await expectTabRound('charges');
    await expectDialog('個別請求を追加', '個別請求を追加');
    await open('/billing?tab=meters', '請求');
    await expectTabRound('meters');
    await expectDialog('検針を入力', '検針を入力');
    await expectDialog('CSV を取り込む', '検針 CSV の取り込み');
  });

  it('payments: records a payment with the keyboard alone', async () => {
    await open('/payments', '入金・消込');
    await expectSkipLink();
    await expectTabRound('payments');
    await expectDialog('入金を記録', '入金を記録');
    await page.evaluate(`document.activeElement?.blur()`);
    await tabTo(page, '入金を記録');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '入金を記録' });
    await dialog.waitFor();
    await focusSettles((f) => !!f?.inDialog);
    // The tenant combobox: type to search, arrow down to the option, Enter to choose.
    await tabTo(page, /^入居企業/);
    await page.keyboard.type('たまご');
    // The list is searched on the server: wait until it holds only the match, then choose it.
    // (A string to page.evaluate: the app's CSP refuses waitForFunction's eval.)
    for (let i = 0; i < 50; i += 1) {
      const only = await page.evaluate(
        `(() => { const o = document.querySelectorAll('[role="option"]'); return o.length === 1 && o[0].textContent === '株式会社たまごラボ'; })()`,
      );
      if (only) break;
      await page.waitForTimeout(100);
    }
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await dialog.getByRole('combobox', { name: /^入居企業/ }).inputValue()).toBe('株式会社たまごラボ');
    await page.keyboard.press('Tab');
    await page.keyboard.type('12345');
    await page.keyboard.press('Tab');
    await page.keyboard.type(TODAY.replace(/-/g, '/'));
    await page.keyboard.press('Tab');
    // The date picker closes with a fade: the screenshot shows the dialog after it, not a half-faded calendar.
    await page.locator('.mantine-Popover-dropdown').first().waitFor({ state: 'hidden' });
    await screenshot(page, 'keyboard-record-payment-ja');
    await tabTo(page, '入金を記録する');
    await page.keyboard.press('Enter');
    // The notice quotes the amount from the API's answer: the payment was written.
    await page.getByText('¥12,345 の入金を記録しました。').waitFor();
  });

  it('direct debit', async () => {
    await open('/payments?tab=debit', '入金・消込');
    await expectSkipLink();
    await expectTabRound('direct debit');
    await expectDialog('依頼書を登録', '口座振替依頼書を登録');
  });

  it('settings, room types and users', async () => {
    await open('/settings', '設定');
    await expectSkipLink();
    await expectTabRound('settings');
    await expectDialog('部屋タイプを追加', '部屋タイプを追加');
    await open('/settings/users', 'ユーザーと権限');
    await expectSkipLink();
    await expectTabRound('users');
    await expectDialog('スタッフを招待', 'スタッフを招待');
  });

  it('audit log', async () => {
    await open('/audit', '監査ログ');
    await expectSkipLink();
    await expectTabRound('audit');
  });

  it('reads the newer screens in English: no Japanese left but the data, dates 2027-01-16, yen ¥1,234', async () => {
    const en = await env.pageAs('admin', 'en');
    // The account's language wins on load; switch as a user would (the switch is saved on the account).
    await en.goto('/');
    await en.getByRole('heading', { level: 1 }).first().waitFor();
    await new Shell(en).switchLanguage('en');
    await en.getByRole('navigation', { name: 'Main menu' }).waitFor();
    // The seeded data is Japanese (names of companies and their kana, the building, the room type's
    // Japanese name), and so is the marked kana example of an account holder (payments:debit.kanaExampleJa).
    const data = [
      '株式会社たまごラボ',
      '株式会社キーボード工房',
      'キーボードコウボウ',
      'テスト',
      'ｹﾝｼｮｳｾｲｷ(ｶ',
      'A棟',
      '個室',
      'ブラウザテスト創業支援センター',
    ];
    const screens: [string, string, string][] = [
      ['/payments?tab=debit', 'Payments', 'en-direct-debit'],
      ['/payments?tab=export', 'Payments', 'en-accounting-trial-balance'],
      ['/payments?tab=arrears', 'Payments', 'en-arrears'],
      ['/billing?tab=meters', 'Billing', 'en-meter-readings'],
      ['/billing?tab=charges', 'Billing', 'en-charges'],
      ['/settings', 'Settings', 'en-settings-room-types'],
      ['/settings/users', 'Users and roles', 'en-users'],
      [`/tenants/${seeded.tenantId}`, '株式会社たまごラボ', 'en-tenant-contacts'],
      ['/tenants', 'Tenants', 'en-tenants-saved-views'],
      ['/rooms', 'Rooms & leases', 'en-rooms'],
      ['/rooms/leases', 'Leases', 'en-leases'],
      ['/audit', 'Audit log', 'en-audit'],
      ['/support/events', 'Events', 'en-events'],
      ['/support/referrals', 'Referrals', 'en-referrals'],
      ['/support/plans', 'Improvement plans', 'en-plans'],
      ['/support/reminders', 'Reminders and opt-outs', 'en-reminders'],
      ['/reports', 'Reports', 'en-reports'],
      ['/', 'Home', 'en-dashboard'],
    ];
    const found: Record<string, string[]> = {};
    for (const [path, heading, name] of screens) {
      await en.goto(path);
      await en.getByRole('heading', { level: 1 }).first().waitFor();
      await en.waitForLoadState('networkidle');
      await screenshot(en, name);
      let text = (await en.locator('main').innerText()) as string;
      for (const d of [...data].sort((x, y) => y.length - x.length)) text = text.split(d).join(' ');
      const japanese = text.match(/[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef\u3000-\u303f]+/g) ?? [];
      const dates = text.match(/\d{4}年\d{1,2}月\d{1,2}日|\d{4}\/\d{1,2}\/\d{1,2}/g) ?? [];
      const yen = text.match(/￥[\d,]+|[\d,]+円/g) ?? [];
      const wrong = [...japanese, ...dates, ...yen];
      if (wrong.length > 0) found[`${path} (${heading})`] = [...new Set(wrong)];
    }
    expect(found).toEqual({});
    await en.context().close();
  });
});
