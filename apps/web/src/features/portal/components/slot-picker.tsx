import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { sessionQueries, type Slot } from '../api/session-queries';
import { dateWindow, groupSlotsByDay } from '../api/slot-days';

interface SlotPickerProps {
  advisorId: string;
  onPick: (slot: Slot) => void;
  /** the sentence on each slot button, e.g. "book 10:00" or "move to …" */
  labelOf?: (date: string, time: string) => string;
}

/** An advisor's free slots of the next two weeks, one row of time buttons per day. */
export function SlotPicker({ advisorId, onPick, labelOf }: SlotPickerProps) {
  const { t, i18n } = useTranslation('portal');
  const lang = toLanguage(i18n.language);
  const { from, to } = dateWindow(13);
  const slots = useQuery(sessionQueries.slots(advisorId, from, to));
  if (slots.isPending) return <Loader size="sm" aria-label={t('sessions.slots')} />;
  const days = groupSlotsByDay(slots.data?.items ?? []);
  if (days.length === 0) return <Text c="dimmed">{t('sessions.noSlots')}</Text>;
  return (
    <Stack gap="sm">
      {days.map((d) => (
        <div key={d.date}>
          <Text fw={600} size="sm" mb={4}>
            {formatDate(d.date, lang)}
          </Text>
          <Group gap="xs">
            {d.slots.map(({ slot, time }) => (
              <Button
                key={slot.startsAt}
                variant="default"
                size="sm"
                onClick={() => onPick(slot)}
                aria-label={
                  labelOf?.(formatDate(d.date, lang), time) ??
                  t('sessions.slotLabel', { date: formatDate(d.date, lang), time })
                }
              >
                {time}
              </Button>
            ))}
          </Group>
        </div>
      ))}
    </Stack>
  );
}
