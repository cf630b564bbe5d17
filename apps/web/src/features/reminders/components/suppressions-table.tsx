import { Button, Paper, Text, Title } from '@mantine/core';
import { notify } from '@/lib/notify';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '@/components/table/simple-table';
import { formatDateTime } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { reminderQueries, useClearSuppression } from '../api/reminder-queries';

/** 配信停止中のアドレス: bounced or complained addresses no mail goes to, until staff clear them. */
export function SuppressionsTable({ canClear }: { canClear: boolean }) {
  const { t, i18n } = useTranslation('reminders');
  const lang = toLanguage(i18n.language);
  const list = useQuery(reminderQueries.suppressions());
  const clear = useClearSuppression();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="suppressions-title">
      <Title order={2} size="h4" id="suppressions-title" mb={4}>
        {t('suppressions.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('suppressions.description')}
      </Text>
      <SimpleTable
        caption={t('suppressions.title')}
        rows={list.data?.items ?? []}
        rowKey={(s) => s.id}
        loading={list.isPending}
        empty={t('suppressions.empty')}
        columns={[
          { header: t('suppressions.email'), cell: (s) => s.email },
          {
            header: t('suppressions.reason'),
            cell: (s) => t(`reason.${s.reason}` as never, { defaultValue: s.reason }),
          },
          { header: t('suppressions.since'), cell: (s) => formatDateTime(s.createdAt, lang) },
          {
            header: t('suppressions.action'),
            cell: (s) =>
              canClear ? (
                <Button
                  size="xs"
                  variant="default"
                  loading={clear.isPending && clear.variables === s.id}
                  onClick={() =>
                    clear.mutate(s.id, {
                      onSuccess: () => notify('teal', t('suppressions.cleared')),
                    })
                  }
                  aria-label={t('suppressions.clearOf', { email: s.email })}
                >
                  {t('suppressions.clear')}
                </Button>
              ) : null,
          },
        ]}
      />
    </Paper>
  );
}
