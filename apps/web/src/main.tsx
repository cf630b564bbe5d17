// All of Mantine's styles in the one stylesheet, in this order (a package's styles after core's): it loads
// before the app runs (index.html, vite.config.mts), and a route's own stylesheet would land in the head, before it.
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import './app/global.css';
import { StrictMode, startTransition, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { bundledResources, featureBundles } from './app/i18n-lazy';
import { initI18n } from './lib/i18n/i18n';

initI18n(bundledResources, undefined, featureBundles);

/** Takes index.html's boot shell away as the app's first render commits (before that render is painted). */
function RemoveBootShell() {
  useLayoutEffect(() => document.getElementById('boot')?.remove(), []);
  return null;
}

// The first render as a transition: React renders it in slices and gives the main thread back between them
// (one long task on a slow phone otherwise); index.html's boot shell stays until it commits.
const root = createRoot(document.getElementById('root')!);
startTransition(() => {
  root.render(
    <StrictMode>
      <RemoveBootShell />
      <App />
    </StrictMode>,
  );
});
