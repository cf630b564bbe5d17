import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PASSWORD, ids } from '../dataset';
import { API_MAIN, freePort, serve } from '../support/processes';
import { Row } from '../support/table';

const ROOT = join(__dirname, '../../..');
const LIGHTHOUSE = join(__dirname, '../support/lighthouse.mjs');

interface PageScore {
  name: string;
  finalUrl: string;
  formFactor: string;
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  scripts: number;
  jsKbGzip: number;
  jsKbRaw: number;
  failedAccessibility: string[];
}

/** Logs in as the web app does (refresh token in the cookie) and answers the Cookie header to send. */
async function refreshCookie(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-auth-transport': 'cookie' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tamago_refresh='));
  if (!cookie) throw new Error(`login ${email}: no refresh cookie`);
  return cookie.split(';')[0];
}

function runLighthouse(
  pages: { name: string; url: string; cookie?: string; mobile?: boolean }[],
): Promise<PageScore[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LIGHTHOUSE, JSON.stringify(pages)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('[')) return reject(new Error(`lighthouse exited ${code}: ${stderr}`));
      resolve(JSON.parse(last) as PageScore[]);
    });
  });
}

/**
 * Scenario 7: Lighthouse 12 with Debian's Chromium against the built web app served by the compiled
 * API (production settings): the login page and the staff dashboard with the desktop preset (staff
 * work at desks), the portal home with Lighthouse's default mobile emulation (tenants on phones).
 * A fresh browser per page; signed-in pages get a real refresh cookie, so the app signs in as it
 * does for a user coming back.
 */
export async function webScores(opts: {
  env: Record<string, string>;
}): Promise<{ rows: Row[]; figures: Record<string, unknown> }> {
  const api = await serve([API_MAIN], opts.env, await freePort(), '/health');
  try {
    const staff = await refreshCookie(api.url, ids.staffEmail(1));
    const tenant = await refreshCookie(api.url, 'tenant1-1@bench.example.jp');
    const pages = await runLighthouse([
      { name: 'login', url: `${api.url}/login` },
      { name: 'staff dashboard', url: `${api.url}/`, cookie: staff },
      { name: 'portal home', url: `${api.url}/portal`, cookie: tenant, mobile: true },
    ]);
    const rows: Row[] = pages.map((p) => ({
      scenario: `7 web: ${p.name}`,
      measure: `Lighthouse (${p.formFactor}), JS gzipped`,
      tamago: `perf ${p.performance}, a11y ${p.accessibility}, ${p.jsKbGzip} KB`,
      baseline: '—',
      ratio: '—',
      target: 'perf ≥ 90, a11y ≥ 95, JS ≤ 300 KB',
    }));
    return { rows, figures: { built: true, pages } };
  } finally {
    await api.stop();
  }
}
