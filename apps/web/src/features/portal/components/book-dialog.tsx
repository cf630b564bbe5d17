import { Button, Checkbox, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { TOPICS, useBookSession, type Advisor, type SessionMode, type Slot, type Topic } from '../api/session-queries';
import { ActionError } from './action-error';

interface BookDialogProps {
  advisor: Advisor;
  slot: Slot;
  /** one more session would be charged (the facility's policy past the free quota) */
  chargeable: boolean;
  onClose: () => void;
  onBooked: () => void;
}

/** Confirms a booking: topic, on site or online, and the charge when past the free quota. */
export function BookDialog({ advisor, slot, chargeable, onClose, onBooked }: BookDialogProps) {
  const { t, i18n } = useTranslation('portal');
  const lang = toLanguage(i18n.language);
  const book = useBookSession();
  const [topic, setTopic] = useState<Topic | null>(null);
  const [mode, setMode] = useState<SessionMode>('onsite');
  const [accept, setAccept] = useState(false);
  const [topicError, setTopicError] = useState<string | null>(null);
  const handleSubmit = () => {
    if (!topic) {
      setTopicError(t('sessions.topic'));
      return;
    }
    book.mutate({ advisorId: advisor.id, slot, topic, mode, acceptCharge: accept }, { onSuccess: onBooked });
  };
  return (
    <Modal opened onClose={onClose} title={t('sessions.confirmTitle')}>
      <Stack gap="sm">
        <Text fw={600}>
          {t('sessions.confirmWhen', { advisor: advisor.name, when: formatDateTime(slot.startsAt, lang) })}
        </Text>
        <Select
          label={t('sessions.topic')}
          required
          data={TOPICS.map((x) => ({ value: x, label: t(`sessions.topics.${x}`) }))}
          value={topic}
          onChange={(v) => {
            setTopic(v as Topic | null);
            setTopicError(null);
          }}
          error={topicError}
          comboboxProps={{ withinPortal: true }}
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="book-mode-label">
            {t('sessions.mode')}
          </Text>
          <SegmentedControl
            aria-labelledby="book-mode-label"
            value={mode}
            onChange={(v) => setMode(v as SessionMode)}
            data={[
              { value: 'onsite', label: t('sessions.modes.onsite') },
              { value: 'online', label: t('sessions.modes.online') },
            ]}
          />
        </div>
        {chargeable && (
          <Checkbox
            label={t('sessions.acceptCharge')}
            checked={accept}
            onChange={(e) => setAccept(e.currentTarget.checked)}
          />
        )}
        <ActionError error={book.error} />
        <Button onClick={handleSubmit} loading={book.isPending} disabled={chargeable && !accept}>
          {t('sessions.submit')}
        </Button>
      </Stack>
    </Modal>
  );
}
