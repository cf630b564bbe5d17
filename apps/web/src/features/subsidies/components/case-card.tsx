import { useDraggable } from '@dnd-kit/core';
import { ActionIcon, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { IconArrowsMove } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import type { SubsidyCase } from '../api/subsidy-queries';
import { URGENCY_COLORS, nextDeadline, urgencyOf, type SubsidyStage } from '../api/subsidy-stages';

interface CaseCardProps {
  item: SubsidyCase;
  tenantName: string;
  today: string;
  onMove: (item: SubsidyCase, to: SubsidyStage) => void;
  overlay?: boolean;
}

/** One case on the board: drag it with the pointer, or pick the next step from its menu with the keyboard. */
export function CaseCard({ item, tenantName, today, onMove, overlay }: CaseCardProps) {
  const { t, i18n } = useTranslation('subsidies');
  const lang = toLanguage(i18n.language);
  // The next stages come with the case from the API; a case with none (closed, or a reader who may not move it) stays put.
  const steps = item.allowedTransitions;
  const { setNodeRef, listeners, isDragging } = useDraggable({
    id: item.id,
    data: { item },
    disabled: overlay || steps.length === 0,
  });
  const next = nextDeadline(item.stage, item.deadlines ?? [], today);
  const urgency = next ? urgencyOf(next.dueOn, today) : null;
  const title = item.title || t('untitled');
  return (
    <Paper
      ref={setNodeRef}
      {...listeners}
      withBorder
      shadow={overlay ? 'md' : 'xs'}
      p="xs"
      radius="sm"
      data-case-id={overlay ? undefined : item.id}
      aria-label={overlay ? undefined : title}
      aria-hidden={overlay || undefined}
      role={overlay ? undefined : 'group'}
      style={{
        cursor: steps.length > 0 || overlay ? 'grab' : 'default',
        opacity: isDragging ? 0.4 : 1,
        touchAction: 'none',
        background: 'var(--mantine-color-body)',
      }}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap={4}>
          <Text size="sm" fw={600} lineClamp={2}>
            {title}
          </Text>
          {steps.length > 0 && !overlay && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" size="sm" aria-label={t('board.moveMenu', { title })}>
                  <IconArrowsMove size={16} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t('board.moveTo')}</Menu.Label>
                {steps.map((s) => (
                  <Menu.Item key={s} onClick={() => onMove(item, s)}>
                    {t(`stage.${s}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {tenantName}
        </Text>
        {(item.requestedAmount ?? 0) > 0 && (
          <Text size="xs">{t('card.requested', { amount: formatYen(item.requestedAmount ?? 0) })}</Text>
        )}
        {next && urgency && (
          <Text
            size="xs"
            fw={600}
            px={6}
            py={2}
            c="dark.8"
            style={{ borderRadius: 4, background: `var(--mantine-color-${URGENCY_COLORS[urgency]}-1)` }}
          >
            {urgency !== 'later' && `${t(`urgency.${urgency}`)}・`}
            {lang === 'ja' ? next.labelJa : next.labelEn} {formatDate(next.dueOn, lang)}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
