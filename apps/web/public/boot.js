// Loaded by index.html as a classic async script of its own (no imports, not bundled with the app): on a
// page that needs a session, the refresh call leaves while the app's scripts are still downloading,
// instead of after they have run. The app takes its answer as its first refresh (takeBootRefresh in
// src/lib/auth/boot-refresh.ts); the refresh token is single use, so nothing else sends the cookie first.
// The answer is the refresh's JSON (tokens and the signed-in user) or null, as refreshWithCookie gives.
// The two scripts can run in either order (on a reload the app's hashed chunks come from the cache while
// this file is revalidated): once the app has begun its own first refresh it says so, and this one stays
// quiet — two refreshes with the same cookie would read as a replayed token and end the login.
(function () {
  if (window.__tamagoSessionStarted) return;
  var path = window.location.pathname;
  // Pages used signed out (the app asks for no session there either).
  var open = ['/login', '/forgot-password', '/reset-password', '/accept-invitation'];
  for (var i = 0; i < open.length; i++) {
    if (path === open[i] || path.indexOf(open[i] + '/') === 0) return;
  }
  window.__tamagoBootRefresh = fetch('/api/v1/auth/refresh', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-Auth-Transport': 'cookie' },
    body: '{}',
  }).then(function (res) {
    return res.ok ? res.json() : null;
  });
})();
