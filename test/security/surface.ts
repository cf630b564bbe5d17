import { execFile } from 'node:child_process';
import { Role } from '@tamago/identity';
import { TEST_PASSWORD, bearer } from '../support/factories';
import { createTestApp } from '../support/test-app';
import { COUNTS, SecurityWorld } from './support/world';

/** npm audit's verdict, or why it could not be asked (no registry in the test environment). */
function audit(): Promise<{ high: number; critical: number } | { skipped: string }> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['audit', '--omit=dev', '--json'],
      { timeout: 60_000, maxBuffer: 32 * 1024 * 1024 },
      (err, stdout) => {
        try {
          const report = JSON.parse(stdout) as {
            metadata?: { vulnerabilities?: Record<string, number> };
            error?: { summary?: string };
            message?: string;
          };
          if (report.metadata?.vulnerabilities) {
            const v = report.metadata.vulnerabilities;
            return resolve({ high: v.high ?? 0, critical: v.critical ?? 0 });
          }
          resolve({ skipped: report.error?.summary || report.message || String(err?.message ?? 'no audit report') });
        } catch {
          resolve({ skipped: String(err?.message ?? 'npm audit gave no JSON') });
        }
      },
    );
  });
}

/** Headers and surface: what every answer says about itself, and what production hides. */
export function describeSurface(world: () => SecurityWorld): void {
  it('sends security headers, no versions and no-store on authenticated JSON', async () => {
    const { t, a } = world();
    const me = await t.http
      .get('/api/v1/me')
      .set(bearer(a.tokens.get(Role.FacilityAdmin)!))
      .expect(200);
    const problem = await t.http.get('/api/v1/tenants/not-an-id').set(bearer(a.tokens.get(Role.FacilityAdmin)!));
    for (const res of [me, problem]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(String(res.headers.server ?? '')).not.toMatch(/\d/);
    }
    const docs = await t.http.get('/api/docs/').redirects(1);
    expect(docs.status).toBe(200);
    expect(docs.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(docs.headers['x-content-type-options']).toBe('nosniff');
  });

  it('keeps CORS closed and the refresh cookie HttpOnly, Secure and SameSite', async () => {
    const { t, a } = world();
    const preflight = await t.http
      .options('/api/v1/me')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'GET');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const cross = await t.http
      .get('/api/v1/me')
      .set('Origin', 'https://evil.example')
      .set(bearer(a.tokens.get(Role.FacilityAdmin)!));
    expect(cross.headers['access-control-allow-origin']).toBeUndefined();
    const login = await t.http
      .post('/api/v1/auth/login')
      .set('X-Auth-Transport', 'cookie')
      .send({ email: a.emails.get(Role.Auditor), password: TEST_PASSWORD })
      .expect(200);
    const cookie = String(login.headers['set-cookie'] ?? '');
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('serves subsidy attachments as downloads that never render, and refuses HTML and SVG', async () => {
    const { t, a } = world();
    const admin = a.tokens.get(Role.FacilityAdmin)!;
    for (const [name, type] of [
      ['x.html', 'text/html'],
      ['x.svg', 'image/svg+xml'],
    ]) {
      const res = await t.http
        .post(`/api/v1/subsidy-applications/${a.caseIds.T1}/attachments`)
        .set(bearer(admin))
        .field('purpose', 'quotes')
        .attach('file', Buffer.from('<script>alert(1)</script>'), { filename: name, contentType: type });
      expect([name, res.status]).toEqual([name, 400]);
    }
    const list = await t.http
      .get(`/api/v1/subsidy-applications/${a.caseIds.T1}/attachments`)
      .set(bearer(admin))
      .expect(200);
    const file = await t.http
      .get(`/api/v1/subsidy-applications/${a.caseIds.T1}/attachments/${list.body[0].id}`)
      .set(bearer(admin))
      .expect(200);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
  });

  it('puts /api/docs and /admin/queues behind login in production', async () => {
    const saved = { NODE_ENV: process.env.NODE_ENV, JWT_SECRET: process.env.JWT_SECRET };
    const prod = await createTestApp({ env: { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(48) } });
    try {
      await prod.http.get('/api/docs/').expect(401);
      await prod.http.get('/api/docs-json').expect(401);
      await prod.http.get('/admin/queues').expect(401);
    } finally {
      await prod.close();
      Object.assign(process.env, saved);
    }
  });

  it('has no high or critical advisory in the production dependencies (npm audit --omit=dev)', async () => {
    const verdict = await audit();
    if ('skipped' in verdict) {
      console.log(`npm audit skipped: ${verdict.skipped}`);
      COUNTS.audit = `skipped (${verdict.skipped.slice(0, 60)})`;
      return;
    }
    COUNTS.audit = `high ${verdict.high}, critical ${verdict.critical}`;
    expect(verdict).toEqual({ high: 0, critical: 0 });
  }, 90_000);
}
