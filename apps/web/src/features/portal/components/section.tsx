import { Group, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface SectionProps {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  /** heading level inside the page (h2 by default) */
  order?: 2 | 3;
}

/** A titled card of a portal page; the title is a real heading so the page reads as an outline. */
export function Section({ title, actions, children, order = 2 }: SectionProps) {
  return (
    <Paper withBorder radius="md" p="md" component="section">
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Title order={order} size="h4">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}
