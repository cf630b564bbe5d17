import { Button, Paper, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { notify } from '@/lib/notify';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseLeadDays, reminderQueries, useSaveReminder, type ReminderSetting } from '../api/reminder-queries';

/** リマインダー: each kind on or off, and how many days ahead it is sent. */
export function ReminderSettingsTable({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation('reminders');
  const list = useQuery(reminderQueries.settings());
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="reminders-title">
      <Title order={2} size="h4" id="reminders-title" mb={4}>
        {t('settings.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.description')}
        {!canEdit && ` ${t('settings.adminOnly')}`}
      </Text>
      <Table verticalSpacing="xs">
        <caption className="visually-hidden">{t('settings.title')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('settings.kind')}</Table.Th>
            <Table.Th>{t('settings.enabled')}</Table.Th>
            <Table.Th>{t('settings.leadDays')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data?.items ?? []).map((s) => (
            <ReminderRow key={s.kind} setting={s} canEdit={canEdit} />
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function ReminderRow({ setting, canEdit }: { setting: ReminderSetting; canEdit: boolean }) {
  const { t } = useTranslation('reminders');
  const [enabled, setEnabled] = useState(setting.enabled);
  const [days, setDays] = useState(setting.leadDays.join(', '));
  const [error, setError] = useState<string | null>(null);
  const save = useSaveReminder();
  const name = t(`kind.${setting.kind}` as never, { defaultValue: setting.kind });
  const fixed = setting.kind === 'dunning';
  const handleSave = () => {
    const leadDays = fixed ? setting.leadDays : parseLeadDays(days);
    if (!leadDays) {
      setError(t('settings.invalidDays'));
      return;
    }
    setError(null);
    save.mutate(
      { kind: setting.kind, enabled, leadDays },
      {
        onSuccess: () => notify('teal', t('settings.saved', { kind: name })),
        onError: () => setError(t('settings.failed')),
      },
    );
  };
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={600}>
          {name}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`hint.${setting.kind}` as never, { defaultValue: '' })}
        </Text>
      </Table.Td>
      <Table.Td>
        <Switch
          aria-label={t('settings.enabledOf', { kind: name })}
          checked={enabled}
          disabled={!canEdit}
          onChange={(e) => setEnabled(e.currentTarget.checked)}
        />
      </Table.Td>
      <Table.Td>
        {fixed ? (
          <Text size="sm">{t('settings.dunningFixed')}</Text>
        ) : (
          <TextInput
            aria-label={t('settings.leadDaysOf', { kind: name })}
            value={days}
            disabled={!canEdit}
            onChange={(e) => setDays(e.currentTarget.value)}
            error={error}
            w={160}
            rightSection={<Text size="xs">{t('settings.daysBefore')}</Text>}
            rightSectionWidth={56}
          />
        )}
      </Table.Td>
      <Table.Td>
        {canEdit && (
          <Button size="xs" variant="default" loading={save.isPending} onClick={handleSave}>
            {t('settings.saveOf', { kind: name })}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
