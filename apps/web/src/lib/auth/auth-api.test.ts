import '@/testing/relative-requests';
import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '@/testing/msw-server';
import { meQuery } from './auth-api';
import { takeBootRefresh } from './boot-refresh';
import { clearSession, currentAccessToken, setSession } from './session';

const USER = {
  id: '0b6c1b1e-2f7c-4d2e-9c1a-444444444444',
  email: 'tenant@example.jp',
  name: '山田 花子',
  roles: ['tenant_user'],
  status: 'active',
  facilityId: '0b6c1b1e-2f7c-4d2e-9c1a-555555555555',
  tenantId: '0b6c1b1e-2f7c-4d2e-9c1a-666666666666',
  locale: 'ja',
  lastLoginAt: null,
  createdAt: '2026-04-01T00:00:00.000Z',
};
const w = window as unknown as Record<string, unknown>;
let calls: string[] = [];

describe('meQuery at the start of a page', () => {
  beforeEach(() => {
    calls = [];
    clearSession();
    delete w.__tamagoBootRefresh;
    delete w.__tamagoSessionStarted;
    server.use(
      http.post('/api/v1/auth/refresh', () => {
        calls.push('refresh');
        return HttpResponse.json({ accessToken: 'from-api', expiresIn: 900, tokenType: 'Bearer', user: USER });
      }),
      http.get('/api/v1/me', () => {
        calls.push('me');
        return HttpResponse.json(USER);
      }),
    );
  });
  afterEach(() => setSession({ accessToken: 'test-token', expiresIn: 3600 }));

  it('takes the user from the refresh: one session call, no /me', async () => {
    const me = await new QueryClient().fetchQuery(meQuery);
    expect(me).toEqual(USER);
    expect(calls).toEqual(['refresh']);
    expect(currentAccessToken()).toBe('from-api');
  });

  it("takes boot.js's refresh instead of sending the cookie again, and boot.js then stays quiet", async () => {
    w.__tamagoBootRefresh = Promise.resolve({
      accessToken: 'from-boot',
      expiresIn: 900,
      tokenType: 'Bearer',
      user: USER,
    });
    const me = await new QueryClient().fetchQuery(meQuery);
    expect(me).toEqual(USER);
    expect(calls).toEqual([]);
    expect(currentAccessToken()).toBe('from-boot');
    expect(w.__tamagoBootRefresh).toBeUndefined();
    expect(w.__tamagoSessionStarted).toBe(true);
    expect(takeBootRefresh()).toBeNull();
  });

  it('is null when the boot refresh found no session', async () => {
    w.__tamagoBootRefresh = Promise.resolve(null);
    expect(await new QueryClient().fetchQuery(meQuery)).toBeNull();
    expect(calls).toEqual([]);
  });

  it('asks /me when a token is already there (after a login)', async () => {
    setSession({ accessToken: 'after-login', expiresIn: 900 });
    expect(await new QueryClient().fetchQuery(meQuery)).toEqual(USER);
    expect(calls).toEqual(['me']);
  });
});
