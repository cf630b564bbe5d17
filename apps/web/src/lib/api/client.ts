import { createApiClient, type Schema } from '@tamago/api-client';
import i18n from 'i18next';
import { clearSession, currentAccessToken, hasFreshToken, refreshSession } from '@/lib/auth/session';
import { takeBootRefresh } from '@/lib/auth/boot-refresh';
import { ApiError } from './api-error';

const AUTH_FREE = [
  '/api/v1/auth/login',
  '/api/v1/auth/refresh',
  '/api/v1/auth/password-reset',
  '/api/v1/auth/invitations',
];

let onUnauthenticated: () => void = () => undefined;

/** The router registers how to go to the login page (no reload, the current path kept). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

/** The one API client of the app. Nothing else calls fetch. */
// The page's own origin: the API serves the app (and Vite's dev server proxies /api). fetch is looked up per
// call, so test mocks installed after this module loads are used.
export const api = createApiClient(window.location.origin, { fetch: (request) => globalThis.fetch(request) });

/**
 * Asks for a new access token with the refresh cookie; null when the cookie is missing or revoked. The
 * answer carries the signed-in user too, so starting the app takes one session call, not refresh then /me.
 */
export async function refreshWithCookie(): Promise<Schema<'RefreshResponseDto'> | null> {
  // The first refresh of a page load was already sent by public/boot.js, with the HTML.
  const boot = takeBootRefresh();
  if (boot) return (await boot) as Schema<'RefreshResponseDto'> | null;
  const res = await api.POST('/api/v1/auth/refresh', {
    headers: { 'X-Auth-Transport': 'cookie' },
    body: {} as never,
  });
  return res.data ?? null;
}

api.use({
  async onRequest({ request }) {
    request.headers.set('Accept-Language', i18n.language === 'en' ? 'en' : 'ja');
    const path = new URL(request.url, window.location.origin).pathname;
    if (AUTH_FREE.some((p) => path.startsWith(p))) return request;
    if (!hasFreshToken()) await refreshSession(refreshWithCookie);
    const token = currentAccessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    const path = new URL(request.url, window.location.origin).pathname;
    if (response.status === 401 && !AUTH_FREE.some((p) => path.startsWith(p))) {
      clearSession();
      onUnauthenticated();
    }
    return response;
  },
});

interface Result<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Returns the body of a successful call, or throws an ApiError carrying the status, code and field errors. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, error);
  return data as T;
}
