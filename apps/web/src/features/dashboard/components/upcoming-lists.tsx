import { Anchor, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import type { Dashboard } from '../api/dashboard-query';

function TenantLink({ id, name }: { id: string; name: string }) {
  return (
    <Anchor size="sm" renderRoot={(p) => <Link to="/tenants/$tenantId" params={{ tenantId: id }} {...p} />}>
      {name}
    </Anchor>
  );
}

function ListCard({ title, rows }: { title: string; rows: { key: string; cells: ReactNode[] }[] }) {
  const { t } = useTranslation('dashboard');
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h5" mb="xs">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('lists.none')}
        </Text>
      ) : (
        <Table verticalSpacing={6}>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                {r.cells.map((c, i) => (
                  <Table.Td key={i} fz="sm">
                    {c}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

/** The first few items behind the follow-up figures: today's sessions, deadlines, leases ending. */
export function UpcomingLists({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation('dashboard');
  const lang = toLanguage(i18n.language);
  const time = (iso: string) => formatDateTime(iso, lang, data.timeZone).split(' ')[1];
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      <ListCard
        title={t('lists.sessions')}
        rows={data.sessionsToday.items.slice(0, 6).map((s) => ({
          key: s.sessionId,
          cells: [time(s.startsAt), <TenantLink key="t" id={s.tenantId} name={s.tenantName} />, s.advisorName],
        }))}
      />
      <ListCard
        title={t('lists.deadlines')}
        rows={data.subsidyDeadlines.items.slice(0, 6).map((d) => ({
          key: `${d.applicationId}-${d.key}`,
          cells: [
            formatDate(d.dueOn, lang),
            <TenantLink key="t" id={d.tenantId} name={d.tenantName} />,
            lang === 'en' ? d.labelEn : d.label,
          ],
        }))}
      />
      <ListCard
        title={t('lists.leasesEnding')}
        rows={data.leasesEnding.items.slice(0, 6).map((l) => ({
          key: l.leaseId,
          cells: [formatDate(l.endDate, lang), <TenantLink key="t" id={l.tenantId} name={l.tenantName} />],
        }))}
      />
    </SimpleGrid>
  );
}
