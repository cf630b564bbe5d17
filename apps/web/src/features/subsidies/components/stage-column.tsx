import { useDroppable } from '@dnd-kit/core';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubsidyStage } from '../api/subsidy-stages';

interface StageColumnProps {
  stage: SubsidyStage;
  count: number;
  /** While a card is dragged: whether it may be dropped here (null when nothing is dragged). */
  legal: boolean | null;
  children: ReactNode;
}

/** A stage of the pipeline: a drop target that lights up when the dragged case may move here. */
export function StageColumn({ stage, count, legal, children }: StageColumnProps) {
  const { t } = useTranslation('subsidies');
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const border =
    legal === null
      ? undefined
      : legal
        ? '2px dashed var(--mantine-color-teal-6)'
        : '2px solid var(--mantine-color-gray-3)';
  const background =
    legal && isOver
      ? 'var(--mantine-color-teal-0)'
      : legal === false && isOver
        ? 'var(--mantine-color-red-0)'
        : 'var(--mantine-color-gray-0)';
  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-label={t(`stage.${stage}`)}
      data-stage={stage}
      data-drop={legal === null ? undefined : legal ? 'legal' : 'illegal'}
      radius="md"
      p="xs"
      style={{ width: 208, flex: '0 0 208px', minHeight: 320, border, background, opacity: legal === false ? 0.6 : 1 }}
    >
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text component="h2" size="sm" fw={700}>
          {t(`stage.${stage}`)}
        </Text>
        <Badge variant="light" color="gray" c="dark.8" size="sm">
          {count}
        </Badge>
      </Group>
      <Stack gap="xs">{children}</Stack>
    </Paper>
  );
}
