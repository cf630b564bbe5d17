/**
 * The access token lives only in memory; the refresh token is an HttpOnly cookie the browser sends to
 * /api/v1/auth only, so script on the page can never read it. A reload asks /auth/refresh for a new pair.
 */
interface TokenResponse {
  accessToken: string;
  expiresIn: number;
}

let accessToken: string | null = null;
let expiresAt = 0;
let pending: Promise<boolean> | null = null;
const listeners = new Set<() => void>();

// Refresh a minute before the token expires, so a request never leaves with a stale one.
const EARLY_MS = 60_000;

export function setSession(tokens: TokenResponse): void {
  accessToken = tokens.accessToken;
  expiresAt = Date.now() + tokens.expiresIn * 1000;
}

export function clearSession(): void {
  accessToken = null;
  expiresAt = 0;
  listeners.forEach((l) => l());
}

export function onSessionCleared(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function hasFreshToken(): boolean {
  return accessToken !== null && Date.now() < expiresAt - EARLY_MS;
}

export function currentAccessToken(): string | null {
  return accessToken;
}

/** Exchanges the refresh cookie for a new access token once, however many callers ask at the same time. */
export function refreshSession(doRefresh: () => Promise<TokenResponse | null>): Promise<boolean> {
  pending ??= doRefresh()
    .then((tokens) => {
      if (tokens) setSession(tokens);
      else clearSession();
      return tokens !== null;
    })
    .catch(() => {
      clearSession();
      return false;
    })
    .finally(() => {
      pending = null;
    });
  return pending;
}
