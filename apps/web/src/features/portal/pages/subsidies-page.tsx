import { Accordion, Badge, Group, Paper, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { ErrorState } from '@/components/states/error-state';
import type { Me } from '@/lib/auth/roles';
import { formatDate } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { subsidyQueries } from '../api/subsidy-queries';
import { SubsidyCaseDetail } from '../components/subsidy-case';

/** The tenant's subsidy cases: stage, deadlines, checklists and evidence uploads. */
export function SubsidiesPage(_props: { me: Me }) {
  const { t, i18n } = useTranslation('portal');
  const lang = toLanguage(i18n.language);
  const cases = useQuery(subsidyQueries.list());
  if (cases.isError) return <ErrorState error={cases.error} onRetry={() => void cases.refetch()} />;
  const items = cases.data?.items ?? [];
  return (
    <>
      <PageHeader title={t('subsidies.title')} description={t('subsidies.lead')} />
      {cases.isSuccess && items.length === 0 && (
        <Paper withBorder p="md" radius="md">
          <Text c="dimmed">{t('subsidies.none')}</Text>
        </Paper>
      )}
      {items.length > 0 && (
        <Accordion variant="separated" radius="md" defaultValue={items.length === 1 ? items[0].id : null}>
          {items.map((c) => (
            <Accordion.Item key={c.id} value={c.id} bg="white">
              <Accordion.Control>
                <Group justify="space-between" wrap="wrap" gap="xs" pr="xs">
                  <Text fw={700}>{c.title ?? t('subsidies.untitled')}</Text>
                  <Group gap={6}>
                    <Badge variant="light" c="dark.8">
                      {t(`subsidies.stages.${c.stage}`)}
                    </Badge>
                    {c.projectDeadline && (
                      <Text size="xs" c="dimmed">
                        {t('subsidies.projectDeadline')} {formatDate(c.projectDeadline, lang)}
                      </Text>
                    )}
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <SubsidyCaseDetail caseId={c.id} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </>
  );
}
