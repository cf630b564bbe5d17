import { Browser, Page } from 'playwright-core';
import { TEST_PASSWORD, bearer } from '../support/factories';
import { screenshot } from './support/artifacts';
import { seriousViolations } from './support/axe';
import { BrowserEnv, startBrowserEnv } from './support/browser-env';
import { PortalSeed, seedPortal } from './support/portal-seed';
import { LoginPage } from './pages/login-page';

jest.setTimeout(180_000);

const PHONE = { width: 390, height: 844 };

/**
 * The portal's own subsidy checklist and the server-side survey draft (issue #13): the tenant ticks
 * an item its company keeps (staff items stay read-only), and a survey draft saved on one device is
 * there on another.
 */
describe('portal checklist and survey draft in the browser', () => {
  let env: BrowserEnv;
  let seed: PortalSeed;
  let page: Page;

  /** A fresh device: its own browser context, logged in through the login page. */
  async function device(browser: Browser, viewport = PHONE): Promise<Page> {
    const context = await browser.newContext({ baseURL: env.baseURL, viewport, locale: 'ja-JP' });
    const p = await context.newPage();
    p.on('pageerror', (e) => console.error(`[browser tenant] ${e.message}`));
    const login = new LoginPage(p);
    await login.open();
    await login.login(seed.tenantUser.email, TEST_PASSWORD);
    await p.waitForURL(/\/portal$/);
    return p;
  }

  beforeAll(async () => {
    env = await startBrowserEnv();
    seed = await seedPortal(env);
    page = await device(env.browser);
  });
  afterAll(async () => env?.close());

  const heading = (p: Page, name: string) => p.getByRole('heading', { level: 1, name, exact: true });

  it('lets the tenant tick an item its company keeps, and shows staff items read-only', async () => {
    await page.goto('/portal/subsidies');
    await heading(page, '補助金').waitFor();
    const gbiz = page.getByRole('checkbox', { name: 'gBizIDプライム取得' });
    await gbiz.waitFor();
    expect(await gbiz.isChecked()).toBe(false);
    // The advisor's confirmation is ticked by the facility: no checkbox, a note instead.
    await expect(page.getByRole('checkbox', { name: '認定支援機関・専門家の確認' }).count()).resolves.toBe(0);
    await page.getByText('施設が確認').first().waitFor();
    await gbiz.check();
    await page.getByRole('checkbox', { name: 'gBizIDプライム取得', checked: true, disabled: false }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'portal-subsidies-checklist-390');
    expect(await seriousViolations(page)).toEqual([]);
    const cases = await env.t.http
      .get(`/api/v1/subsidy-applications?tenantId=${seed.tenantId}`)
      .set(bearer(env.users.manager.token))
      .expect(200);
    const gbizItem = cases.body.items[0].prerequisites.find((i: { key: string }) => i.key === 'gbizid');
    expect(gbizItem).toMatchObject({ done: true });
    expect(gbizItem.doneOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // After a reload the tick is still there (it is on the server).
    await page.reload();
    await page.getByRole('checkbox', { name: 'gBizIDプライム取得' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'gBizIDプライム取得' }).isChecked()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 860 });
    await screenshot(page, 'portal-subsidies-checklist-1280');
    await page.setViewportSize(PHONE);
  });

  it('keeps a survey draft on the server: saved on one device, reloaded on another', async () => {
    await page.goto('/portal/surveys');
    await heading(page, 'アンケート').waitFor();
    await page.getByRole('textbox', { name: '従業員数' }).fill('9');
    await page.getByRole('textbox', { name: '売上高（円）' }).fill('36000000');
    await page.getByRole('button', { name: '下書きを保存する' }).click();
    await page.getByText(/下書きを保存しました。別の端末からも/).waitFor();
    await screenshot(page, 'portal-surveys-draft-390');
    const surveys = await env.t.http.get('/api/v1/portal/kpi-surveys').set(bearer(seed.tenantUser.token)).expect(200);
    expect(surveys.body.items.find((s: { id: string }) => s.id === seed.surveyId).draft).toMatchObject({
      values: { employees: 9, revenue: 36_000_000 },
    });

    // Another device (no local storage in common) at desktop width finds the draft.
    const other = await device(env.browser, { width: 1280, height: 860 });
    await other.goto('/portal/surveys');
    await heading(other, 'アンケート').waitFor();
    await other.getByRole('textbox', { name: '従業員数' }).and(other.locator('[value="9"]')).waitFor();
    await other.getByRole('textbox', { name: '売上高（円）' }).and(other.locator('[value="36,000,000"]')).waitFor();
    await other.getByText(/下書きを保存しました/).waitFor();
    await other.waitForLoadState('networkidle');
    await screenshot(other, 'portal-surveys-draft-1280');
    expect(await seriousViolations(other)).toEqual([]);
    await other.context().close();
  });
});
