import { Badge, Button, Group, List, Modal, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { useCancelSession, useRescheduleSession, type Advisor, type Session } from '../api/session-queries';
import { ActionError } from './action-error';
import { SlotPicker } from './slot-picker';

interface SessionCardProps {
  session: Session;
  advisor: Advisor | undefined;
  /** booked and still ahead: may be moved or cancelled (the API applies the cut-off) */
  upcoming?: boolean;
}

/** One of the tenant's sessions: when, with whom, and what was shared (never the staff's notes). */
export function SessionCard({ session: s, advisor, upcoming = false }: SessionCardProps) {
  const { t, i18n } = useTranslation('portal');
  const lang = toLanguage(i18n.language);
  const [moving, setMoving] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const move = useRescheduleSession();
  const cancel = useCancelSession();
  return (
    <Paper withBorder p="sm" radius="md">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <div>
          <Text fw={700}>{formatDateTime(s.startsAt, lang)}</Text>
          <Text size="sm">
            {[advisor?.name, t(`sessions.topics.${s.topic}`), s.mode && t(`sessions.modes.${s.mode}`)]
              .filter(Boolean)
              .join('・')}
          </Text>
        </div>
        <Group gap={6}>
          {s.chargeable && (
            <Badge color="orange.9" variant="outline">
              {t('sessions.chargeable')}
            </Badge>
          )}
          <Badge variant="light" c="dark.8" color={s.status === 'booked' ? 'teal' : 'gray'}>
            {t(`sessions.statuses.${s.status}`)}
          </Badge>
        </Group>
      </Group>
      {s.summary && (
        <Stack gap={2} mt="xs">
          <Text size="sm" fw={700}>
            {t('sessions.summary')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {s.summary}
          </Text>
        </Stack>
      )}
      {s.followUps.length > 0 && (
        <Stack gap={2} mt="xs">
          <Text size="sm" fw={700}>
            {t('sessions.followUps')}
          </Text>
          <List size="sm" spacing={2}>
            {s.followUps.map((f, i) => (
              <List.Item key={i}>
                {f.action}（
                {f.done
                  ? t('sessions.followUpDone')
                  : t('sessions.followUpDue', { owner: f.owner ?? '', date: formatDate(f.dueOn, lang) })}
                ）
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {upcoming && (
        <Group gap="xs" mt="sm">
          {s.advisorId && (
            <Button size="xs" variant="outline" onClick={() => setMoving(true)}>
              {t('sessions.reschedule')}
            </Button>
          )}
          <Button size="xs" variant="subtle" color="red.9" c="red.9" onClick={() => setCancelling(true)}>
            {t('sessions.cancel')}
          </Button>
        </Group>
      )}
      {moving && s.advisorId && (
        <Modal opened onClose={() => setMoving(false)} title={t('sessions.rescheduleTitle')}>
          <Stack gap="sm">
            <ActionError error={move.error} />
            <SlotPicker
              advisorId={s.advisorId}
              labelOf={(date, time) => t('sessions.rescheduleTo', { when: `${date} ${time}` })}
              onPick={(slot) => move.mutate({ id: s.id, slot }, { onSuccess: () => setMoving(false) })}
            />
          </Stack>
        </Modal>
      )}
      {cancelling && (
        <Modal opened onClose={() => setCancelling(false)} title={t('sessions.cancel')}>
          <Stack gap="sm">
            <Text>{t('sessions.cancelConfirm')}</Text>
            <ActionError error={cancel.error} />
            <Button
              color="red.9"
              loading={cancel.isPending}
              onClick={() => cancel.mutate(s.id, { onSuccess: () => setCancelling(false) })}
            >
              {t('sessions.cancelDo')}
            </Button>
          </Stack>
        </Modal>
      )}
    </Paper>
  );
}
