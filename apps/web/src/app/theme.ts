import {
  type CSSVariablesResolver,
  type VariantColorsResolver,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  isLightColor,
  luminance,
  parseThemeColor,
} from '@mantine/core';

/** WCAG contrast ratio of two colours (any CSS colour Mantine parses). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// AA for normal text is 4.5:1; aim a little above so rounding in the browser never lands under it.
const AA = 4.6;

/** `color`, darkened in small steps until it reaches AA against every one of `backgrounds`. */
export function darkenForContrast(color: string, backgrounds: readonly string[]): string {
  let out = color;
  for (let step = 1; step <= 50 && backgrounds.some((bg) => contrastRatio(out, bg) < AA); step++) {
    out = darken(color, step * 0.02);
  }
  return out;
}

const WHITE = '#fff';

/**
 * Mantine's light colour scheme with every variant at AA (axe color-contrast): filled (white text on
 * `-filled`, and on `-filled-hover`, which Mantine makes *lighter* for shade 9: teal 3.95:1), light
 * and subtle (`-light-color` text on `-light`, shade 1, and `-light-hover`, shade 2: teal 4.33:1 and
 * 3.81:1), outline, transparent and white (`-outline`/`-filled` on white). Computed from the palette,
 * so yellow, lime, orange and green are fixed too.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => {
  const light: Record<string, string> = {};
  for (const [name, shades] of Object.entries(theme.colors)) {
    if (name === 'dark') continue;
    const lightColor = darkenForContrast(shades[9], [shades[1], shades[2], WHITE, theme.colors.gray[0]]);
    light[`--mantine-color-${name}-light-color`] = lightColor;
    light[`--mantine-color-${name}-outline`] = lightColor;
    light[`--mantine-color-${name}-text`] = lightColor;
    // A colour whose shade 9 is light (yellow) gets black text from `autoContrast`: darkening its
    // background would take that text below AA, so Mantine's filled colours stay.
    if (isLightColor(shades[9], theme.luminanceThreshold)) continue;
    const filled = darkenForContrast(shades[9], [WHITE]);
    light[`--mantine-color-${name}-filled`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.15);
  }
  // Field errors (the message beside a field and the invalid input's text): Mantine's red.6 is 3.6:1 on white.
  light['--mantine-color-error'] = darkenForContrast(theme.colors.red[6], [WHITE, theme.colors.gray[0]]);
  return { variables: {}, light, dark: {} };
};

/**
 * A filled component given an explicit shade (`color="teal.9"`) darkens on hover instead of taking the
 * next, lighter, shade; its background keeps white text at AA.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  if (input.variant !== 'filled') return resolved;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || parsed.shade === undefined) return resolved;
  // A light shade takes black text (autoContrast) and a dark hover would lose it: Mantine's colours stay.
  if (isLightColor(parsed.value, input.theme.luminanceThreshold)) return resolved;
  const background = darkenForContrast(parsed.value, [WHITE]);
  return { ...resolved, background, hover: darken(background, 0.15) };
};

/** Mantine theme: a calm teal, Japanese fonts the system has (no web fonts), visible focus rings. */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 6 },
  fontFamily:
    '"Noto Sans JP", "Noto Sans CJK JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", Meiryo, system-ui, sans-serif',
  headings: { fontFamily: 'inherit', fontWeight: '700' },
  focusRing: 'auto',
  defaultRadius: 'md',
  cursorType: 'pointer',
  variantColorResolver,
  components: {
    // Links in the darker teal keep 4.5:1 contrast on white and on the light teal background. Plain
    // objects, not `Anchor.extend(...)`: importing a component here puts it in the entry chunk.
    Anchor: { defaultProps: { c: 'teal.9' } },
    SegmentedControl: { styles: { label: { color: 'var(--mantine-color-gray-8)' } } },
  },
});
