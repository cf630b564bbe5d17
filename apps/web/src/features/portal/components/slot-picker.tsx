import { Button, Chip, Group, Loader, ScrollArea, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
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

const WEEKDAYS = {
  ja: ['日', '月', '火', '水', '木', '金', '土'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

/** An advisor's free slots of the next two weeks: a row of days with free time, then that day's times. */
export function SlotPicker({ advisorId, onPick, labelOf }: SlotPickerProps) {
  const { t, i18n } = useTranslation('portal');
  const lang = toLanguage(i18n.language);
  const { from, to } = dateWindow(13);
  const slots = useQuery(sessionQueries.slots(advisorId, from, to));
  const [chosen, setChosen] = useState<string | null>(null);
  if (slots.isPending) return <Loader size="sm" aria-label={t('sessions.slots')} />;
  const days = groupSlotsByDay(slots.data?.items ?? []);
  if (days.length === 0) return <Text c="dimmed">{t('sessions.noSlots')}</Text>;
  const day = days.find((d) => d.date === chosen) ?? days[0];
  const short = (date: string) => {
    const [, m, d] = date.split('-').map(Number);
    const w = WEEKDAYS[lang][new Date(`${date}T00:00:00Z`).getUTCDay()];
    return lang === 'ja' ? `${m}/${d}（${w}）` : `${w} ${d}/${m}`;
  };
  return (
    <Stack gap="sm">
      <ScrollArea type="auto" offsetScrollbars>
        <Chip.Group multiple={false} value={day.date} onChange={setChosen}>
          <Group gap={6} wrap="nowrap" pb={4} role="group" aria-label={t('sessions.slots')}>
            {days.map((d) => (
              <Chip key={d.date} value={d.date} size="sm" variant="outline">
                {short(d.date)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </ScrollArea>
      <Text fw={600} size="sm">
        {formatDate(day.date, lang)}
      </Text>
      <Group gap="xs">
        {day.slots.map(({ slot, time }) => (
          <Button
            key={slot.startsAt}
            variant="default"
            onClick={() => onPick(slot)}
            aria-label={
              labelOf?.(formatDate(day.date, lang), time) ??
              t('sessions.slotLabel', { date: formatDate(day.date, lang), time })
            }
          >
            {time}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
