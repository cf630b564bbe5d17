import { readFileSync } from 'node:fs';
import { Locator, Page } from 'playwright-core';
import { bearer } from '../support/factories';
import { TEST_PASSWORD } from '../support/factories';
import { screenshot } from './support/artifacts';
import { seriousViolations } from './support/axe';
import { BrowserEnv, startBrowserEnv } from './support/browser-env';
import { PortalSeed, STAFF_MARKER, seedPortal } from './support/portal-seed';
import { LoginPage } from './pages/login-page';

jest.setTimeout(180_000);

const PHONE = { width: 390, height: 844 };

/** Every portal page with the heading it opens with. */
const PAGES = [
  ['/portal', 'ホーム', 'home'],
  ['/portal/company', '会社情報', 'company'],
  ['/portal/invoices', '請求書・お支払い', 'invoices'],
  ['/portal/sessions', '相談予約', 'sessions'],
  ['/portal/subsidies', '補助金', 'subsidies'],
  ['/portal/surveys', 'アンケート', 'surveys'],
  ['/portal/events', 'イベント', 'events'],
  ['/portal/notifications', 'お知らせ', 'notifications'],
  ['/portal/account', 'アカウント', 'account'],
] as const;

describe('the tenant portal in the browser (390 × 844)', () => {
  let env: BrowserEnv;
  let seed: PortalSeed;
  // One page for the whole file: the tenant logs in once through the login page (refresh tokens rotate).
  let page: Page;

  beforeAll(async () => {
    env = await startBrowserEnv();
    seed = await seedPortal(env);
    const context = await env.browser.newContext({ baseURL: env.baseURL, viewport: PHONE, locale: 'ja-JP' });
    page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[browser tenant] ${e.message}`));
  });
  afterAll(async () => env?.close());

  /** The tenant's one booked session as staff see it. */
  async function staffBooking(): Promise<{ id: string; startsAt: string }> {
    const res = await env.t.http
      .get(`/api/v1/advisory-sessions?tenantId=${seed.tenantId}&status=booked`)
      .set(bearer(env.users.manager.token))
      .expect(200);
    expect(res.body.total).toBe(1);
    return res.body.items[0];
  }

  /** Chooses the last day of a slot picker; returns it as the slot buttons name it (2026年12月15日). */
  async function lastDay(days: Locator): Promise<string> {
    const radio = days.getByRole('radio').last();
    // The chips scroll sideways inside their row; a click event on the input chooses the day.
    await radio.dispatchEvent('click');
    const [y, m, d] = ((await radio.getAttribute('value')) ?? '').split('-').map(Number);
    return `${y}年${m}月${d}日`;
  }

  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });

  async function open(path: string, title: string) {
    await page.goto(path);
    await heading(title).waitFor();
    await page.waitForLoadState('networkidle');
  }

  it('logs a tenant in to the portal home with what is due, sessions, deadlines, surveys and notices', async () => {
    const login = new LoginPage(page);
    await login.open();
    await login.login(seed.tenantUser.email, TEST_PASSWORD);
    await page.waitForURL(/\/portal$/);
    await heading('ホーム').waitFor();
    const summary = (await env.t.http.get('/api/v1/portal/summary').set(bearer(seed.tenantUser.token)).expect(200))
      .body;
    expect(summary.amountDue).toBeGreaterThan(55_000);
    await page.getByText(`¥${summary.amountDue.toLocaleString('en-US')}`).waitFor();
    await page.getByText('お支払いください').waitFor();
    await page.getByText('新型センサーの試作開発').waitFor();
    await page.getByText('FY2025 の調査').waitFor();
    await page.getByText('未読のお知らせが1件あります。').waitFor();
    await screenshot(page, 'portal-home-first-390');
  });

  it('starts a reloaded portal home with one session call: the refresh answers with the user, no /me', async () => {
    const calls: string[] = [];
    const onRequest = (r: { url(): string; method(): string }) => {
      const { pathname } = new URL(r.url());
      if (pathname.startsWith('/api/')) calls.push(`${r.method()} ${pathname}`);
    };
    page.on('request', onRequest);
    await page.reload();
    await heading('ホーム').waitFor();
    await page.getByText('未読のお知らせが1件あります。').waitFor();
    await page.waitForLoadState('networkidle');
    page.off('request', onRequest);
    expect(calls.filter((c) => c.includes('/auth/'))).toEqual(['POST /api/v1/auth/refresh']);
    expect(calls).not.toContain('GET /api/v1/me');
    expect(calls).toContain('GET /api/v1/portal/summary');
  });

  it('shows only the tenant’s own invoices and downloads one as a PDF; the transfer account is there', async () => {
    // Reached from the menu, which folds behind the burger on a phone.
    await page.getByRole('button', { name: 'ポータルメニュー' }).click();
    const menu = page.getByRole('navigation', { name: 'ポータルメニュー' });
    await menu.getByRole('link', { name: '請求書・お支払い' }).waitFor();
    await screenshot(page, 'portal-menu-390');
    await menu.getByRole('link', { name: '請求書・お支払い' }).click();
    await heading('請求書・お支払い').waitFor();
    await page.getByText(seed.myInvoiceNumber).waitFor();
    expect(await page.getByText(seed.theirInvoiceNumber).count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain('他社精密');
    await page.getByText('7654321').waitFor();
    await page.getByRole('button', { name: '振込先をコピーする' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `請求書 ${seed.myInvoiceNumber} のPDFをダウンロード` }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(
      readFileSync(await download.path())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    // The API answers the tenant with its own invoices only, whatever it asks for.
    const res = await env.t.http
      .get(`/api/v1/invoices?tenantId=${seed.otherTenantId}`)
      .set(bearer(seed.tenantUser.token))
      .expect(200);
    expect(res.body.items.every((i: { tenantId: string }) => i.tenantId === seed.tenantId)).toBe(true);
  });

  it('books a free slot of an advisor, and staff see the booking', async () => {
    await open('/portal/sessions', '相談予約');
    await page.getByText('残り 4回').waitFor();
    await page.getByRole('combobox', { name: '専門家', exact: true }).click();
    await page.getByRole('option', { name: new RegExp(seed.advisorName) }).click();
    // A day well ahead, so the booking can still be moved and cancelled (24 h cut-off).
    const day = await lastDay(page.getByRole('group', { name: '空き枠（今後2週間）' }));
    await page
      .getByRole('button', { name: new RegExp(`^${day} .*から予約$`) })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: '相談の予約' });
    await dialog.getByRole('combobox', { name: '相談内容' }).click();
    await page.getByRole('option', { name: '資金調達' }).click();
    await screenshot(page, 'portal-sessions-book-390');
    await dialog.getByRole('button', { name: 'この内容で予約する' }).click();
    await page.getByText('相談を予約しました。').waitFor();
    await page.getByText('残り 3回').waitFor();
    const staff = await env.t.http
      .get(`/api/v1/advisory-sessions?tenantId=${seed.tenantId}&status=booked`)
      .set(bearer(env.users.manager.token))
      .expect(200);
    expect(staff.body.items).toEqual([
      expect.objectContaining({ tenantId: seed.tenantId, topic: 'funding', bookedBy: 'tenant', status: 'booked' }),
    ]);
    // The past session's shared summary is there; its staff notes are not.
    await page.getByText('ものづくり補助金の申請に向けて事業計画をまとめる。').waitFor();
  });

  it('moves the booking to another free slot and cancels it within the rules', async () => {
    const before = staffBooking();
    const booked = (await before).startsAt;
    await page.getByRole('button', { name: '日時を変更する' }).click();
    const dialog = page.getByRole('dialog', { name: '日時の変更' });
    // The last day again: a slot inside the cut-off could no longer be cancelled (the API would refuse).
    const day = await lastDay(dialog.getByRole('group', { name: '空き枠（今後2週間）' }));
    await dialog
      .getByRole('button', { name: new RegExp(`^${day} .*に変更する$`) })
      .first()
      .click();
    await dialog.waitFor({ state: 'detached' });
    const moved = (await staffBooking()).startsAt;
    expect(moved).not.toBe(booked);
    // Both on the last day of the window, well past the cut-off.
    expect(Date.parse(moved) - Date.now()).toBeGreaterThan(7 * 86_400_000);
    await page.getByRole('button', { name: '予約をキャンセルする' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'キャンセルする', exact: true }).click();
    await page.getByText('予約中の相談はありません。').waitFor();
    await page.getByText('残り 4回').waitFor();
  });

  it('joins the waitlist of a full event and is promoted when the seat frees', async () => {
    await open('/portal/events', 'イベント');
    const card = page.getByRole('article', { name: seed.eventTitle });
    await card.getByText('満席').waitFor();
    await card.getByRole('button', { name: 'キャンセル待ちに登録する' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByRole('textbox', { name: '参加者のお名前' }).inputValue()).toBeTruthy();
    await dialog.getByRole('button', { name: '申し込む' }).click();
    await card.getByText('キャンセル待ち 1番目').waitFor();
    await screenshot(page, 'portal-events-waitlisted-390');
    await env.t.http
      .post(`/api/v1/events/${seed.eventId}/registrations/${seed.otherRegistrationId}/cancel`)
      .set(bearer(seed.otherUser.token))
      .expect(200);
    await page.reload();
    await card.getByText('参加確定').waitFor();
  });

  it('fills a KPI survey, keeps a draft over a reload and submits it', async () => {
    await open('/portal/surveys', 'アンケート');
    await page.getByRole('textbox', { name: '従業員数' }).fill('12');
    await page.getByRole('textbox', { name: '売上高（円）' }).fill('48000000');
    await page.getByRole('button', { name: '下書きを保存する' }).click();
    await page.getByText(/下書きを保存しました/).waitFor();
    await page.reload();
    await heading('アンケート').waitFor();
    await page.getByRole('textbox', { name: '従業員数' }).and(page.locator('[value="12"]')).waitFor();
    await page.getByRole('textbox', { name: '資金調達額（円）' }).fill('0');
    await page.getByRole('textbox', { name: '特許出願件数' }).fill('1');
    await page.getByRole('textbox', { name: '新製品・サービス数' }).fill('2');
    await page.getByRole('button', { name: '回答を提出する' }).click();
    await page.getByText('回答を提出しました。ご協力ありがとうございます。').waitFor();
    const submissions = await env.t.http
      .get(`/api/v1/kpi-surveys/${seed.surveyId}/submissions`)
      .set(bearer(env.users.manager.token))
      .expect(200);
    expect(submissions.body.items).toEqual([
      expect.objectContaining({ tenantId: seed.tenantId, employees: 12, revenue: 48_000_000, enteredBy: 'tenant' }),
    ]);
  });

  it('never shows a staff note, passes axe and is screenshotted on every page', async () => {
    const problems: Record<string, unknown> = {};
    for (const [path, title, name] of PAGES) {
      await open(path, title);
      // Open every folded part (subsidy cases) so their text is rendered too.
      for (const control of await page.locator('button[aria-expanded="false"].mantine-Accordion-control').all())
        await control.click();
      await page.waitForLoadState('networkidle');
      expect([path, (await page.locator('body').innerText()).includes(STAFF_MARKER)]).toEqual([path, false]);
      expect([path, (await page.content()).includes(STAFF_MARKER)]).toEqual([path, false]);
      await screenshot(page, `portal-${name}-390`);
      const v = await seriousViolations(page);
      if (v.length) problems[path] = v;
    }
    expect(problems).toEqual({});
  });

  it('gives a tenant the "not available" page on a staff URL, and the API refuses it', async () => {
    await page.goto('/tenants');
    await page.getByRole('alert').getByText('この画面はご利用いただけません').waitFor();
    expect(new URL(page.url()).pathname).toBe('/portal/not-available');
    await screenshot(page, 'portal-not-available-390');
    expect(await seriousViolations(page)).toEqual([]);
    await env.t.http.get('/api/v1/tenants').set(bearer(seed.tenantUser.token)).expect(403);
    await env.t.http.get('/api/v1/dashboard').set(bearer(seed.tenantUser.token)).expect(403);
  });

  it('sends staff opening /portal to the staff home', async () => {
    const staff = await env.pageAs('manager');
    await staff.goto('/portal');
    await staff.getByRole('navigation', { name: 'メインメニュー' }).waitFor();
    expect(new URL(staff.url()).pathname).toBe('/');
    await staff.context().close();
  });

  it('reads the portal in English and at desktop width', async () => {
    await page.setViewportSize({ width: 1280, height: 860 });
    await open('/portal/account', 'アカウント');
    await page.getByText('English', { exact: true }).first().click();
    await heading('Account').waitFor();
    for (const [path, title, name] of [
      ['/portal', 'Home', 'home'],
      ['/portal/invoices', 'Invoices & payments', 'invoices'],
      ['/portal/sessions', 'Book a session', 'sessions'],
    ] as const) {
      await open(path, title);
      await screenshot(page, `portal-${name}-en-1280`);
    }
    await page.getByText('日本語', { exact: true }).first().click();
    await heading('アカウント').or(heading('ホーム')).or(heading('相談予約')).first().waitFor();
  });
});
