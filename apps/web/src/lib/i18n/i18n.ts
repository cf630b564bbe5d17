import i18n, { type BackendModule, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export type Language = 'ja' | 'en';
export const LANGUAGES: readonly Language[] = ['ja', 'en'];
const STORAGE_KEY = 'tamago.language';

/** The language before anyone logs in: the last one chosen on this browser, else Japanese. */
export function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'ja';
}

/**
 * Starts i18next, Japanese first, with the namespaces in `resources` ready at once. With a `backend`,
 * any other namespace is fetched from it when first needed (the app loads feature namespaces lazily);
 * without one, `resources` must hold every namespace (tests).
 */
export function initI18n(resources: Resource, lng: Language = initialLanguage(), backend?: BackendModule): typeof i18n {
  if (!i18n.isInitialized) {
    if (backend) i18n.use(backend);
    void i18n.use(initReactI18next).init({
      resources,
      partialBundledLanguages: backend !== undefined,
      // The bundled namespaces are there already: no need to wait a tick before the first render.
      initAsync: false,
      lng,
      fallbackLng: 'ja',
      defaultNS: 'common',
      ns: Object.keys(resources.ja ?? {}),
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    i18n.on('languageChanged', (l) => {
      document.documentElement.lang = l;
      localStorage.setItem(STORAGE_KEY, l);
    });
    document.documentElement.lang = lng;
  }
  return i18n;
}

export function toLanguage(value: string | null | undefined): Language {
  return value === 'en' ? 'en' : 'ja';
}
