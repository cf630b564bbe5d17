import { ActionIcon, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { hhmm, tokyoParts } from '../api/week';

/** A one-off slot as the form edits it: a Tokyo date and times. */
export interface SlotRow {
  date: string | null;
  start: string;
  end: string;
}

/** An API slot (instants) as a row in Tokyo time. */
export function slotRow(slot: { startsAt: string; endsAt: string }): SlotRow {
  const from = tokyoParts(slot.startsAt);
  const to = tokyoParts(slot.endsAt);
  return {
    date: from.date,
    start: hhmm(from.minutes),
    end: to.minutes === 0 && to.date > from.date ? '24:00' : hhmm(to.minutes),
  };
}

/** A row back to the API's instants, with the facility's +09:00 offset. */
export function slotOf(row: SlotRow): { startsAt: string; endsAt: string } {
  const at = (time: string) =>
    time === '24:00'
      ? new Date(Date.parse(`${row.date}T00:00:00+09:00`) + 86_400_000).toISOString()
      : `${row.date}T${time}:00+09:00`;
  return { startsAt: at(row.start), endsAt: at(row.end) };
}

interface OneOffSlotsProps {
  rows: SlotRow[];
  canEdit: boolean;
  onChange: (update: (prev: SlotRow[]) => SlotRow[]) => void;
}

/** 臨時の受付枠: hours on a given day besides the weekly pattern (a consultation day, a seminar afternoon). */
export function OneOffSlots({ rows, canEdit, onChange }: OneOffSlotsProps) {
  const { t } = useTranslation('advisors');
  const update = (i: number, patch: Partial<SlotRow>) =>
    onChange((prev) => prev.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap="xs">
      <div>
        <Title order={4} size="h6">
          {t('slots.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('slots.description')}
        </Text>
      </div>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('slots.none')}
        </Text>
      )}
      {rows.map((r, i) => (
        <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
          <DateField
            label={t('slots.date')}
            w={170}
            disabled={!canEdit}
            value={r.date}
            onChange={(v) => update(i, { date: v })}
          />
          <TextInput
            type="time"
            label={t('availability.start')}
            w={120}
            disabled={!canEdit}
            value={r.start}
            onChange={(e) => update(i, { start: e.currentTarget.value })}
          />
          <TextInput
            type="time"
            label={t('availability.end')}
            w={120}
            disabled={!canEdit}
            value={r.end}
            onChange={(e) => update(i, { end: e.currentTarget.value })}
          />
          {canEdit && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mb={2}
              aria-label={t('slots.remove', { row: i + 1 })}
              onClick={() => onChange((prev) => prev.filter((_, j) => j !== i))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      ))}
    </Stack>
  );
}
