import i18next, { type i18n } from 'i18next';
import { en } from './locales/en';
import { ja } from './locales/ja';

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ja';

const instance: i18n = i18next.createInstance();
void instance.init({
  initAsync: false,
  resources: { ja: { translation: ja }, en: { translation: en } },
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** A supported locale from a user's setting (`ja`, `en-GB`…), or null. */
export function localeOf(tag: string | null | undefined): Locale | null {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : null;
}

/** The best supported locale for an `Accept-Language` header (q-values honoured), Japanese by default. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, i) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = Number(
        rest
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { tag, q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((r) => r.tag && r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const r of ranked) {
    const locale = localeOf(r.tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/** A message of the catalogue (`validation.maxLength`, `problem.not_found`…) in the locale. */
export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  return instance.t(key, { ...params, lng: locale });
}

/** Whether the catalogue has the key (in Japanese, the reference language). */
export function hasMessage(key: string): boolean {
  return instance.exists(key, { lng: DEFAULT_LOCALE });
}
