import { ActionIcon, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import type { FollowUp } from '../api/session-queries';

interface FollowUpsEditorProps {
  value: FollowUp[];
  onChange: (value: FollowUp[]) => void;
  disabled?: boolean;
}

/** フォローアップ: what is to be done after the session, by whom and by when. */
export function FollowUpsEditor({ value, onChange, disabled }: FollowUpsEditorProps) {
  const { t } = useTranslation('sessions');
  const update = (i: number, patch: Partial<FollowUp>) =>
    onChange(value.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <Stack gap="xs">
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('followUps.none')}
        </Text>
      )}
      {value.map((f, i) => (
        <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
          <Checkbox
            mb={8}
            aria-label={t('followUps.doneOf', { row: i + 1 })}
            checked={f.done}
            disabled={disabled}
            onChange={(e) => update(i, { done: e.currentTarget.checked })}
          />
          <TextInput
            style={{ flex: 2 }}
            label={t('followUps.action')}
            value={f.action}
            disabled={disabled}
            onChange={(e) => update(i, { action: e.currentTarget.value })}
          />
          <TextInput
            style={{ flex: 1 }}
            label={t('followUps.owner')}
            value={f.owner ?? ''}
            disabled={disabled}
            onChange={(e) => update(i, { owner: e.currentTarget.value })}
          />
          <DateField
            style={{ flex: 1 }}
            label={t('followUps.dueOn')}
            value={f.dueOn ?? null}
            disabled={disabled}
            onChange={(v) => update(i, { dueOn: v ?? '' })}
          />
          {!disabled && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mb={2}
              aria-label={t('followUps.remove', { row: i + 1 })}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      ))}
      {!disabled && (
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => onChange([...value, { action: '', owner: '', dueOn: '', done: false }])}
          >
            {t('followUps.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
