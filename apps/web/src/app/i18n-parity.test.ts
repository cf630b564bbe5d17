import { describe, expect, it } from 'vitest';
import { en, ja } from './i18n-resources';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('i18n resources', () => {
  it('has the same keys in Japanese and English for every namespace', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
    for (const ns of Object.keys(ja) as (keyof typeof ja)[]) {
      expect({ ns, keys: keys(en[ns]).sort() }).toEqual({ ns, keys: keys(ja[ns]).sort() });
    }
  });

  it('has no empty message', () => {
    for (const bundle of [ja, en]) {
      for (const ns of Object.keys(bundle) as (keyof typeof ja)[]) {
        const empty = keys(bundle[ns]).filter((k) => {
          const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], bundle[ns]);
          return typeof v !== 'string' || v.trim() === '';
        });
        expect({ ns, empty }).toEqual({ ns, empty: [] });
      }
    }
  });
});
