import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { formatDate } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { notify } from '@/lib/notify';
import { partnerQueries, useCompleteCheckIn, useScheduleCheckIn } from '../api/partner-queries';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());

/** 状況確認: the dates staff check with the tenant and the partner how the referral goes. */
export function CheckIns({ referralId, canEdit }: { referralId: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation('partners');
  const lang = toLanguage(i18n.language);
  const list = useQuery(partnerQueries.checkIns(referralId));
  const schedule = useScheduleCheckIn(referralId);
  const complete = useCompleteCheckIn(referralId);
  const [dueOn, setDueOn] = useState<string | null>(null);
  const [note, setNote] = useState('');
  return (
    <Stack gap="xs">
      {(list.data ?? []).length === 0 && (
        <Text size="sm" c="dimmed">
          {t('checkIns.none')}
        </Text>
      )}
      {(list.data ?? []).map((c) => (
        <Group key={c.id} justify="space-between" wrap="nowrap">
          <div>
            <Text size="sm" fw={600}>
              {formatDate(c.dueOn, lang)} {c.note && `・${c.note}`}
            </Text>
            {c.doneOn && (
              <Text size="xs" c="dimmed">
                {t('checkIns.doneOn', { date: formatDate(c.doneOn, lang) })}
              </Text>
            )}
          </div>
          {c.overdue && !c.doneOn && (
            <Badge color="red" variant="light" c="red.9">
              {t('checkIns.overdue')}
            </Badge>
          )}
          {canEdit && !c.doneOn && (
            <Button
              size="xs"
              variant="default"
              loading={complete.isPending}
              onClick={() =>
                complete.mutate(
                  { checkInId: c.id, doneOn: today() },
                  { onSuccess: () => notify('teal', t('checkIns.completed')) },
                )
              }
              aria-label={t('checkIns.completeOf', { date: formatDate(c.dueOn, lang) })}
            >
              {t('checkIns.complete')}
            </Button>
          )}
        </Group>
      ))}
      {canEdit && (
        <Group align="flex-end" gap="xs">
          <DateField label={t('checkIns.dueOn')} value={dueOn} onChange={setDueOn} w={180} />
          <TextInput
            label={t('checkIns.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button
            variant="default"
            disabled={!dueOn}
            loading={schedule.isPending}
            onClick={() =>
              dueOn &&
              schedule.mutate(
                { dueOn, note: note || undefined },
                {
                  onSuccess: () => {
                    setDueOn(null);
                    setNote('');
                    notify('teal', t('checkIns.scheduled'));
                  },
                },
              )
            }
          >
            {t('checkIns.schedule')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
