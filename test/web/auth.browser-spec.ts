import { BrowserEnv, startBrowserEnv } from './support/browser-env';
import { screenshot } from './support/artifacts';
import { seriousViolations } from './support/axe';
import { LoginPage } from './pages/login-page';
import { Shell } from './pages/shell';

jest.setTimeout(120_000);

describe('login and the staff shell (browser)', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('shows a wrong password plainly and logs in with the right one', async () => {
    const context = await env.browser.newContext({ baseURL: env.baseURL, viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open();
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await screenshot(page, 'login-ja');
    const v = await seriousViolations(page);
    if (v.length) console.log(JSON.stringify(v, null, 1));
    expect(v).toEqual([]);
    await login.login(env.users.manager.email, 'wrong-password-1');
    await expect(login.alert().textContent()).resolves.toContain('メールアドレスまたはパスワードが正しくありません');
    await login.login(env.users.manager.email, 'correct-horse-battery');
    await new Shell(page).menu().waitFor();
    await screenshot(page, 'home-manager-ja');
    await context.close();
  });

  it('an accountant does not see the users screen, and the server refuses it', async () => {
    const page = await env.pageAs('accountant');
    await page.goto('/');
    const shell = new Shell(page);
    await shell.menu().waitFor();
    expect(await shell.menuLink('請求').count()).toBe(1);
    expect(await shell.menuLink('ユーザーと権限').count()).toBe(0);
    await page.goto('/settings/users');
    await page.getByRole('alert').filter({ hasText: '権限がありません' }).waitFor();
    await screenshot(page, 'users-forbidden-accountant-ja');
    const res = await env.t.http.get('/api/v1/users').set('Authorization', `Bearer ${env.users.accountant.token}`);
    expect(res.status).toBe(403);
    const admin = await env.pageAs('admin');
    await admin.goto('/settings/users');
    await admin.getByRole('heading', { name: 'ユーザーと権限' }).waitFor();
    expect(await new Shell(admin).menuLink('ユーザーと権限').count()).toBe(1);
    await screenshot(admin, 'users-admin-ja');
    await page.context().close();
    await admin.context().close();
  });
});
