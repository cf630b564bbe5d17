import { Paper, Text, UnstyledButton } from '@mantine/core';
import { Link, type LinkProps } from '@tanstack/react-router';

interface StatCardProps {
  label: string;
  value: string;
  detail?: string;
  /** The list behind the number. */
  to: LinkProps['to'];
  search?: LinkProps['search'];
  tone?: 'default' | 'warn';
}

/** One figure of the home screen; the whole card is a link to the list that makes it up. */
export function StatCard({ label, value, detail, to, search, tone = 'default' }: StatCardProps) {
  return (
    <UnstyledButton
      renderRoot={(props) => <Link to={to} search={search} {...props} />}
      style={{ display: 'block', borderRadius: 'var(--mantine-radius-md)' }}
    >
      <Paper
        withBorder
        p="md"
        radius="md"
        h="100%"
        style={{ borderLeft: tone === 'warn' ? '4px solid var(--mantine-color-orange-7)' : undefined }}
      >
        <Text size="sm" c="dimmed" fw={600}>
          {label}
        </Text>
        <Text fz={28} fw={700} lh={1.3} c={tone === 'warn' ? 'orange.9' : 'dark.7'}>
          {value}
        </Text>
        {detail && (
          <Text size="xs" c="dimmed">
            {detail}
          </Text>
        )}
      </Paper>
    </UnstyledButton>
  );
}
