import { Group, Stack, Switch, Text } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notificationQueries, useSetPreference } from '../api/notification-queries';
import { ActionError } from './action-error';

/** The kinds a tenant user receives; invoices are always mailed (the API refuses to switch them off). */
const KINDS = [
  'invoice_issued',
  'invoice_due',
  'dunning',
  'advisory_session',
  'follow_up_due',
  'subsidy_deadline',
  'kpi_survey_invitation',
  'kpi_survey_missing',
  'lease_ending',
] as const;
const MANDATORY = new Set<string>(['invoice_issued']);

export function MailPreferences() {
  const { t } = useTranslation('portal');
  const prefs = useQuery(notificationQueries.preferences());
  const set = useSetPreference();
  const emailOf = (kind: string) => prefs.data?.items.find((p) => p.kind === kind)?.email ?? true;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('account.preferencesNote')}
      </Text>
      {KINDS.filter((k) => MANDATORY.has(k)).map((kind) => (
        <Group key={kind} gap="xs" wrap="nowrap">
          <IconMailCheck size={20} aria-hidden color="var(--mantine-color-teal-9)" />
          <Text size="sm">
            {t(`account.kinds.${kind}`)}: {t('account.mandatory')}
          </Text>
        </Group>
      ))}
      {KINDS.filter((k) => !MANDATORY.has(k)).map((kind) => (
        <Switch
          key={kind}
          label={t(`account.kinds.${kind}`)}
          checked={emailOf(kind)}
          disabled={!prefs.isSuccess}
          onChange={(e) => set.mutate({ kind, email: e.currentTarget.checked })}
        />
      ))}
      <ActionError error={set.error} />
    </Stack>
  );
}
