import type { BackendModule, ResourceKey } from 'i18next';
import i18n from 'i18next';
import commonEn from '@/lib/i18n/locales/en/common.json';
import errorsEn from '@/lib/i18n/locales/en/errors.json';
import commonJa from '@/lib/i18n/locales/ja/common.json';
import errorsJa from '@/lib/i18n/locales/ja/errors.json';
import type { ja } from './i18n-resources';

/**
 * The app's messages as the browser gets them: `common` and `errors` in the entry chunk (the shell,
 * the error states and the API's error codes need them everywhere), each feature's namespace in a
 * chunk of its own per language, fetched when a route that needs it is entered or preloaded
 * (`ensureRouteNamespaces` in the root route's `beforeLoad`). A component that asks for a namespace
 * nobody loaded yet still works: react-i18next suspends it until the backend below has fetched it.
 * Tests and the key-parity check keep using every bundle at once (`i18n-resources.ts`).
 */
export const bundledResources = {
  ja: { common: commonJa, errors: errorsJa },
  en: { common: commonEn, errors: errorsEn },
};

export type FeatureNamespace = Exclude<keyof typeof ja, 'common' | 'errors'>;

const bundles = import.meta.glob<{ default: ResourceKey }>('../features/*/i18n/{ja,en}.json');

/** i18next backend: a feature's namespace from its own chunk (`features/<ns>/i18n/<lng>.json`). */
export const featureBundles: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = bundles[`../features/${namespace}/i18n/${language}.json`];
    if (!load) return callback(null, {});
    load().then(
      (m) => callback(null, m.default),
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), false),
    );
  },
};

/**
 * Which namespaces a route needs, by the start of its route id (the longest prefix wins). A route
 * missing here is not broken, its page only suspends a moment longer while its messages arrive.
 */
const ROUTE_NAMESPACES: readonly (readonly [string, readonly FeatureNamespace[]])[] = [
  ['/login', ['auth']],
  ['/forgot-password', ['auth']],
  ['/reset-password', ['auth']],
  ['/accept-invitation', ['auth']],
  ['/portal', ['portal']],
  ['/_staff/', ['dashboard']],
  ['/_staff/tenants', ['tenants']],
  ['/_staff/rooms', ['leasing']],
  ['/_staff/billing', ['billing']],
  ['/_staff/payments', ['payments']],
  ['/_staff/audit', ['audit']],
  ['/_staff/reports', ['reports']],
  ['/_staff/settings', ['settings', 'leasing']],
  ['/_staff/support/advisors', ['advisors']],
  ['/_staff/support/events', ['events']],
  ['/_staff/support/plans', ['partners']],
  ['/_staff/support/referrals', ['partners']],
  ['/_staff/support/reminders', ['reminders']],
  ['/_staff/support/sessions', ['sessions']],
  ['/_staff/support/subsidies', ['subsidies']],
];

export function namespacesFor(routeIds: readonly string[]): FeatureNamespace[] {
  const out = new Set<FeatureNamespace>();
  for (const id of routeIds) {
    let best: (typeof ROUTE_NAMESPACES)[number] | undefined;
    for (const entry of ROUTE_NAMESPACES) {
      const [prefix] = entry;
      const hit = prefix.endsWith('/') ? id === prefix : id === prefix || id.startsWith(`${prefix}/`);
      if (hit && (!best || prefix.length > best[0].length)) best = entry;
    }
    best?.[1].forEach((ns) => out.add(ns));
  }
  return [...out];
}

/** Loads (once) the namespaces of the routes about to render, in the current language. */
export async function ensureRouteNamespaces(matches: readonly { routeId: unknown }[]): Promise<void> {
  const ns = namespacesFor(matches.map((m) => String(m.routeId))).filter((n) => !i18n.hasLoadedNamespace(n));
  if (ns.length > 0) await i18n.loadNamespaces(ns);
}
