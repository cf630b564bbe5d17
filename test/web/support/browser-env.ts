import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, Page, chromium } from 'playwright-core';
import { Role } from '@tamago/identity';
import { createTestApp, TestApp } from '../../support/test-app';
import { createFacility, createUser, TEST_PASSWORD, TestFacility } from '../../support/factories';
import { findWebDist } from '../../../apps/api/src/common/web-app';
import { LoginPage } from '../pages/login-page';

export const ARTIFACTS = join(__dirname, '..', '..', '..', 'test-artifacts', 'web');

/** Debian's Chromium; flags keep it from calling out of this closed network. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // The app is served on 127.0.0.1; "localhost" keeps the Secure refresh cookie working over plain http.
  '--host-resolver-rules=MAP localhost 127.0.0.1',
];

export type StaffRole = 'admin' | 'manager' | 'accountant';

export interface BrowserEnv {
  t: TestApp;
  browser: Browser;
  baseURL: string;
  facility: TestFacility;
  users: Record<StaffRole, { email: string; token: string }>;
  /** A page logged in as the role (the login ran once through the login page; its cookie is reused). */
  pageAs(role: StaffRole, lang?: 'ja' | 'en'): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Boots the real API on the run's database serving the built web app, a fresh facility with one user per
 * staff role, and Chromium. Each role logs in once through the login page; its storage state is saved.
 */
export async function startBrowserEnv(opts: { worker?: boolean } = {}): Promise<BrowserEnv> {
  if (!findWebDist()) throw new Error('apps/web/dist is missing: run `npm run build:web` first');
  mkdirSync(join(ARTIFACTS, 'state'), { recursive: true });
  // Every answer the pages get is held to the OpenAPI document too (close() fails on a misfit).
  const t = await createTestApp({ worker: opts.worker });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.getHttpServer().address() as { port: number };
  const baseURL = `http://localhost:${address.port}`;
  const facility = await createFacility(t.app, t.http, 'ブラウザテスト創業支援センター');
  const manager = await createUser(t.app, t.http, facility.facilityId, [Role.IncubationManager]);
  const accountant = await createUser(t.app, t.http, facility.facilityId, [Role.Accountant]);
  const users = {
    admin: { email: facility.adminEmail, token: facility.adminToken },
    manager,
    accountant,
  };
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`${executablePath} is missing: apt-get install -y chromium`);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const states = new Map<StaffRole, string>();
  const newContext = (storageState?: string): Promise<BrowserContext> =>
    browser.newContext({ baseURL, viewport: { width: 1280, height: 860 }, locale: 'ja-JP', storageState });

  async function pageAs(role: StaffRole, lang: 'ja' | 'en' = 'ja'): Promise<Page> {
    if (!states.has(role)) {
      const context = await newContext();
      const page = await context.newPage();
      await new LoginPage(page).open();
      await new LoginPage(page).login(users[role].email, TEST_PASSWORD);
      await page.getByRole('navigation', { name: /メインメニュー|Main menu/ }).waitFor();
      const file = join(ARTIFACTS, 'state', `${role}.json`);
      await context.storageState({ path: file });
      states.set(role, file);
      await context.close();
    }
    // Refresh tokens rotate (a reused one ends the login), so each page gets a login of its own.
    const context = await newContext(states.get(role));
    await context.clearCookies();
    const login = await t.http.post('/api/v1/auth/login').send({ email: users[role].email, password: TEST_PASSWORD });
    await context.addCookies([
      {
        name: 'tamago_refresh',
        value: login.body.refreshToken as string,
        url: `${baseURL}/api/v1/auth`,
        httpOnly: true,
        secure: true,
        sameSite: 'Strict',
      },
    ]);
    // Runs in the page, where localStorage exists (this file is type-checked without the DOM library).
    await context.addInitScript(`localStorage.setItem('tamago.language', '${lang}')`);
    const page = await context.newPage();
    // Errors thrown in the page show up in the test output, next to the failing step.
    page.on('pageerror', (e) => console.error(`[browser ${role}] ${e.message}`));
    return page;
  }

  return {
    t,
    browser,
    baseURL,
    facility,
    users,
    pageAs,
    async close() {
      await browser.close();
      await t.close();
    },
  };
}
