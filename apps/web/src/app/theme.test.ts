import { DEFAULT_THEME, defaultVariantColorsResolver, isLightColor, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, cssVariablesResolver, theme } from './theme';

const full = mergeMantineTheme(DEFAULT_THEME, theme);
const vars = cssVariablesResolver(full).light;
const colors = Object.keys(full.colors).filter((c) => c !== 'dark');

describe('theme contrast (WCAG AA 4.5:1, light scheme)', () => {
  it.each(colors)('%s: white on filled and on its hover (black, by autoContrast, on a light filled)', (c) => {
    if (isLightColor(full.colors[c][9], full.luminanceThreshold)) {
      expect(contrastRatio('#000', full.colors[c][9])).toBeGreaterThanOrEqual(4.5);
      expect(vars[`--mantine-color-${c}-filled`]).toBeUndefined();
      return;
    }
    expect(contrastRatio('#fff', vars[`--mantine-color-${c}-filled`])).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#fff', vars[`--mantine-color-${c}-filled-hover`])).toBeGreaterThanOrEqual(4.5);
  });

  it.each(colors)('%s: light/subtle text on its light and light-hover backgrounds, outline on white', (c) => {
    const text = vars[`--mantine-color-${c}-light-color`];
    for (const bg of [full.colors[c][1], full.colors[c][2], '#fff', full.colors.gray[0]])
      expect(contrastRatio(text, bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(vars[`--mantine-color-${c}-outline`], '#fff')).toBeGreaterThanOrEqual(4.5);
  });

  it('a field error (its message and the invalid input) is readable on white and on the page grey', () => {
    for (const bg of ['#fff', full.colors.gray[0]])
      expect(contrastRatio(vars['--mantine-color-error'], bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('a filled button with an explicit shade darkens on hover and keeps white text readable', () => {
    const resolve = full.variantColorResolver;
    expect(resolve).not.toBe(defaultVariantColorsResolver);
    for (const color of ['teal.9', 'red.9', 'teal.7', 'blue.6']) {
      const r = resolve({ color, theme: full, variant: 'filled' });
      expect(contrastRatio('#fff', r.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio('#fff', r.hover)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
