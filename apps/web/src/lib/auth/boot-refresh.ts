/**
 * public/boot.js (a classic async script in index.html, ahead of the app's bundle) starts the refresh
 * call while the app's scripts download, and leaves its promise here: the refresh's JSON (tokens and the
 * signed-in user) or null. The refresh token is single use, so the app's first refresh must take this
 * answer instead of sending the cookie again.
 */
const KEY = '__tamagoBootRefresh';
// Set by the app's first refresh: boot.js, if it runs only now (a reload with the chunks cached), sends none.
const STARTED = '__tamagoSessionStarted';

/**
 * The boot refresh's answer, once (later refreshes go to the API themselves); null when there was none.
 * Called by every refresh of the app before it sends one, so that the two never both use the cookie.
 */
export function takeBootRefresh(): Promise<unknown> | null {
  const w = window as unknown as Record<string, unknown>;
  w[STARTED] = true;
  const pending = (w[KEY] as Promise<unknown> | undefined) ?? null;
  delete w[KEY];
  return pending;
}
