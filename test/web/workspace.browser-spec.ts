import { Page } from 'playwright-core';
import { bearer } from '../support/factories';
import { BrowserEnv, startBrowserEnv } from './support/browser-env';
import { screenshot } from './support/artifacts';
import { seriousViolations } from './support/axe';
import { seedWorkspace, Seeded } from './support/seed';
import { DashboardPage } from './pages/dashboard-page';
import { RoomsPage } from './pages/rooms-page';
import { Shell } from './pages/shell';
import { TenantsPage } from './pages/tenants-page';

jest.setTimeout(180_000);

const yen = (n: number) => `¥${n.toLocaleString('en-US')}`;

describe('staff workspace (browser)', () => {
  let env: BrowserEnv;
  let seeded: Seeded;
  beforeAll(async () => {
    env = await startBrowserEnv();
    seeded = await seedWorkspace(env.t.http, env.users.admin.token);
  });
  afterAll(async () => {
    await env?.close();
  });

  it('logs in and every dashboard figure equals GET /api/v1/dashboard', async () => {
    const page = await env.pageAs('manager');
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    const api = (await env.t.http.get('/api/v1/dashboard').set(bearer(env.users.manager.token)).expect(200)).body;
    const o = api.occupancy;
    // Each card reads exactly: its label, the figure, then its detail line if it has one.
    const expected: [string, string][] = [
      ['入居中の企業', `${api.tenants.active}社`],
      ['卒業企業', `${api.tenants.alumni}社`],
      ['居室の入居率', `${wholePercent(o.rooms.rate)}${o.rooms.occupied} / ${o.rooms.total}室`],
      ['面積の入居率', `${wholePercent(o.area.rate)}${o.area.occupiedSqm} / ${o.area.totalSqm} m²`],
      ['空室', `${o.rooms.vacant}室`],
      ['今月の請求額', `${yen(api.billing.billed)}請求書 ${api.billing.invoices}件`],
      ['今月の入金額', `${yen(api.billing.collected)}入金 ${api.billing.payments}件`],
      ['滞納額', `${yen(api.arrears.overdue)}${api.arrears.tenants}社`],
      ['14日以内の補助金期限', `${api.subsidyDeadlines.count}件`],
      ['本日の相談', `${api.sessionsToday.count}件`],
      ['90日以内に終了する契約', `${api.leasesEnding.count}件`],
      ['入居期間の上限が近い企業', `${api.tenureNearing.count}社`],
      ['期限を過ぎたフォローアップ', `${api.followUpsOverdue.count}件`],
      ['期限を過ぎた計画レビュー', `${api.planReviewsOverdue.count}件`],
    ];
    for (const [label, value] of expected) {
      expect({ label, text: await dashboard.figureText(label) }).toEqual({ label, text: `${label}${value}` });
    }
    expect(api.tenants.active).toBe(1);
    await dashboard.figure('空室').click();
    await page.waitForURL(/\/rooms\?status=vacant/);
    await page.goBack();
    await dashboard.figure('入居中の企業').waitFor();
    await screenshot(page, 'dashboard-ja');
    await page.context().close();
  });

  it('creates a tenant and a lease on a vacant room', async () => {
    const page = await env.pageAs('manager');
    const tenants = new TenantsPage(page);
    await tenants.open();
    await tenants.startCreate();
    await tenants.fillCreate('株式会社ひよこ工房', 'ヒヨココウボウ');
    await screenshot(page, 'tenant-create-ja');
    await tenants.submitCreate();
    await page.getByRole('heading', { name: '株式会社ひよこ工房', level: 1 }).waitFor();
    const tenantId = page.url().split('/tenants/')[1].split('?')[0];
    // Screening starts in the browser (a step with no record); the committee's approval is recorded through the API.
    await page.getByRole('button', { name: 'ステータスを変更' }).click();
    await page.getByRole('menuitem', { name: '審査を開始する' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '審査を開始する' }).click();
    await page.getByText('審査中', { exact: true }).waitFor();
    await env.t.http
      .post(`/api/v1/tenants/${tenantId}/transitions`)
      .set(bearer(env.users.manager.token))
      .send({
        to: 'approved',
        decidedOn: '2026-11-20',
        reviews: [{ reviewer: '審査委員', score: 4, comment: '事業計画が明確' }],
      })
      .expect(200);

    const rooms = new RoomsPage(page);
    await rooms.open();
    await screenshot(page, 'rooms-ja');
    await rooms.startLease(seeded.vacantSpaceCode);
    const dialog = rooms.dialog();
    await dialog.getByLabel(/^入居企業/).fill('ひよこ');
    await page.getByRole('option', { name: '株式会社ひよこ工房' }).click();
    await fillDate(page, '開始日', '2027-01-01');
    await fillDate(page, '終了日', '2028-12-31');
    await screenshot(page, 'lease-create-ja');
    await dialog.getByRole('button', { name: '契約を作成する' }).click();
    await dialog.waitFor({ state: 'detached' });
    const leases = (
      await env.t.http.get(`/api/v1/leases?tenantId=${tenantId}`).set(bearer(env.users.manager.token)).expect(200)
    ).body;
    expect(leases.items).toHaveLength(1);
    expect(leases.items[0]).toMatchObject({ startDate: '2027-01-01', endDate: '2028-12-31', monthlyRent: 80000 });
    await page.context().close();
  });

  it('puts a field error beside its field in Japanese, and in English after switching language', async () => {
    const page = await env.pageAs('manager');
    const tenants = new TenantsPage(page);
    await tenants.open();
    await tenants.startCreate();
    await tenants.fillCreate('Tamago Works', 'tamago');
    await tenants.submitCreate();
    expect(await tenants.fieldError(/^フリガナ/)).toBe('カタカナで入力してください（例：タマゴショウジ）。');
    await screenshot(page, 'field-error-ja');
    await page.keyboard.press('Escape');
    await new Shell(page).switchLanguage('en');
    await page.getByRole('heading', { name: 'Tenants', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await tenants.startCreate();
    await tenants.fillCreate('Tamago Works', 'tamago');
    await tenants.submitCreate();
    expect(await tenants.fieldError(/^Kana/)).toBe('Enter it in katakana (e.g. タマゴショウジ).');
    await screenshot(page, 'field-error-en');
    const me = (await env.t.http.get('/api/v1/me').set(bearer(env.users.manager.token)).expect(200)).body;
    expect(me.locale).toBe('en');
    await page.context().close();
  });

  it('has no serious or critical axe violation on the main pages, in Japanese and English', async () => {
    const pages = [
      '/',
      '/tenants',
      `/tenants/${seeded.tenantId}`,
      '/rooms',
      '/rooms/leases?view=ending',
      '/settings/users',
    ];
    for (const lang of ['ja', 'en'] as const) {
      const page = await env.pageAs('admin', lang);
      for (const path of pages) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        const found = await seriousViolations(page);
        expect({ path, lang, found }).toEqual({ path, lang, found: [] });
        await screenshot(page, `page-${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${lang}`);
      }
      await page.context().close();
    }
  });
});

async function fillDate(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByRole('dialog').getByLabel(new RegExp(`^${label}`));
  await field.fill(value);
  await field.press('Tab');
}

/** The API's rate ('33.33%') as the dashboard shows it: a whole percent (the seed's rates are not near 0 or 100). */
function wholePercent(rate: string): string {
  return `${Math.round(Number.parseFloat(rate))}%`;
}
