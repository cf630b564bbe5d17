import { Box, Progress, Text, UnstyledButton } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatYen } from '@/lib/format';

export const AGING_BUCKETS = ['current', 'd1_30', 'd31_60', 'd61_90', 'over_90'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

// Older is more urgent: the bars darken from "not yet due" to "over 90 days".
const COLOR: Record<AgingBucket, string> = {
  current: 'gray.5',
  d1_30: 'orange.4',
  d31_60: 'orange.6',
  d61_90: 'orange.8',
  over_90: 'red.8',
};

/**
 * The arrears by age as labelled bars (Mantine core, no chart library: the dashboard paints them with
 * its figures). Each bucket is one row — its name, a bar scaled to the largest bucket, the amount as
 * text — and the row is a link to the arrears list. The bars are decoration: the link reads
 * "<bucket> <amount>", so a screen reader and the keyboard get everything the eye does.
 */
export function AgingBars({ aging, labelledBy }: { aging: Record<AgingBucket, number>; labelledBy: string }) {
  const { t } = useTranslation('dashboard');
  const max = Math.max(...AGING_BUCKETS.map((b) => aging[b]));
  return (
    <Box component="ul" aria-labelledby={labelledBy} m={0} p={0} style={{ listStyle: 'none' }}>
      {AGING_BUCKETS.map((b) => {
        const amount = aging[b];
        // A bucket with money in it never draws thinner than a sliver, so it does not read as empty.
        const width = amount === 0 || max === 0 ? 0 : Math.max(2, (amount / max) * 100);
        return (
          <li key={b}>
            <UnstyledButton
              renderRoot={(props) => <Link to="/payments" search={{ tab: 'arrears' }} {...props} />}
              data-bucket={b}
              py={6}
              px={4}
              style={{
                display: 'grid',
                gridTemplateColumns: '6.5em minmax(0, 1fr) 7.5em',
                alignItems: 'center',
                columnGap: 'var(--mantine-spacing-sm)',
                width: '100%',
                borderRadius: 'var(--mantine-radius-sm)',
              }}
            >
              <Text component="span" size="sm" c="dark.6">
                {t(`aging.${b}`)}
              </Text>
              <Progress
                value={width}
                color={COLOR[b]}
                size="lg"
                radius="sm"
                aria-hidden
                styles={{ root: { backgroundColor: 'var(--mantine-color-gray-1)' } }}
              />
              <Text
                component="span"
                size="sm"
                fw={amount > 0 ? 600 : 400}
                c={amount > 0 ? 'dark.7' : 'dimmed'}
                ta="right"
                style={{ fontVariantNumeric: 'tabular-nums' }}
              >
                {formatYen(amount)}
              </Text>
            </UnstyledButton>
          </li>
        );
      })}
    </Box>
  );
}
