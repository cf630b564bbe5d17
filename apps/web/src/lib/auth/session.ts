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
let pending: Promise<TokenResponse | null> | null = null;
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

/**
 * Exchanges the refresh cookie for a new access token once, however many callers ask at the same time;
 * resolves to the refresh's whole answer (the auth API sends the signed-in user with it), or null.
 */
export function refreshSessionTokens<T extends TokenResponse>(doRefresh: () => Promise<T | null>): Promise<T | null> {
  pending ??= doRefresh()
    .then((tokens) => {
      if (tokens) setSession(tokens);
      else clearSession();
      return tokens;
    })
    .catch(() => {
      clearSession();
      return null;
    })
    .finally(() => {
      pending = null;
    });
  // Every caller passes the app's one refresh call, so the pending answer is of its type.
  return pending as Promise<T | null>;
}

/** {@link refreshSessionTokens}, answering only whether there is a session now. */
export function refreshSession(doRefresh: () => Promise<TokenResponse | null>): Promise<boolean> {
  return refreshSessionTokens(doRefresh).then((tokens) => tokens !== null);
}
