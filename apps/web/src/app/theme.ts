import { Anchor, Button, SegmentedControl, createTheme } from '@mantine/core';

/** Mantine theme: a calm teal, Japanese fonts first, visible focus rings for keyboard users. */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 6 },
  fontFamily:
    '"Noto Sans JP", "Noto Sans CJK JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", Meiryo, system-ui, sans-serif',
  headings: { fontFamily: 'inherit', fontWeight: '700' },
  focusRing: 'auto',
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    // Links in the darker teal keep 4.5:1 contrast on white and on the light teal background.
    Anchor: Anchor.extend({ defaultProps: { c: 'teal.9' } }),
    // Filled buttons darken on hover (shade 9 has no darker step, so Mantine's hover would lighten it below
    // 4.5:1): axe color-contrast.
    Button: Button.extend({
      vars: (_theme, props) => {
        const color = typeof props.color === 'string' ? props.color.split('.')[0] : 'teal';
        if (props.variant === undefined || props.variant === 'filled')
          return {
            root: { '--button-hover': `color-mix(in srgb, var(--mantine-color-${color}-9), black 18%)` },
          };
        return { root: {} };
      },
    }),
    SegmentedControl: SegmentedControl.extend({ styles: { label: { color: 'var(--mantine-color-gray-8)' } } }),
  },
});
