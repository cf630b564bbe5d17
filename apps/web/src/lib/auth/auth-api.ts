import { queryOptions } from '@tanstack/react-query';
import { api, refreshWithCookie, unwrap } from '@/lib/api/client';
import type { Me } from './roles';
import { clearSession, hasFreshToken, refreshSessionTokens, setSession } from './session';

export const meKeys = { all: ['me'] as const };

/**
 * The logged-in user, or null when there is no valid session (the refresh cookie is missing or revoked).
 * Without a token (a page load) the refresh answers with the user itself: one round trip, not two.
 */
export const meQuery = queryOptions({
  queryKey: meKeys.all,
  queryFn: async (): Promise<Me | null> => {
    if (hasFreshToken()) return unwrap(api.GET('/api/v1/me'));
    const refreshed = await refreshSessionTokens(refreshWithCookie);
    return refreshed?.user ?? null;
  },
  staleTime: 5 * 60_000,
  retry: false,
});

export async function login(email: string, password: string): Promise<void> {
  const tokens = await unwrap(
    api.POST('/api/v1/auth/login', { body: { email, password }, headers: { 'X-Auth-Transport': 'cookie' } }),
  );
  setSession(tokens);
}

export async function logout(everywhere = false): Promise<void> {
  try {
    await unwrap(api.POST(everywhere ? '/api/v1/auth/logout-everywhere' : '/api/v1/auth/logout'));
  } finally {
    clearSession();
  }
}

export async function saveLanguage(locale: 'ja' | 'en') {
  return unwrap(api.PATCH('/api/v1/me', { body: { locale } }));
}
