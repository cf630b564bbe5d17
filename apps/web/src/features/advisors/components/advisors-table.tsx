import { Badge, Group, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '@/components/table/simple-table';
import type { Advisor } from '../api/advisor-queries';

interface AdvisorsTableProps {
  advisors: Advisor[];
  organizationName: (id: string | null | undefined) => string;
  selectedId?: string;
  loading: boolean;
}

/** Advisors with their expertise and organisation; a name opens the advisor's week. */
export function AdvisorsTable({ advisors, organizationName, selectedId, loading }: AdvisorsTableProps) {
  const { t } = useTranslation('advisors');
  return (
    <SimpleTable
      caption={t('list.caption')}
      rows={advisors}
      rowKey={(a) => a.id}
      loading={loading}
      empty={t('list.empty')}
      columns={[
        {
          header: t('list.name'),
          cell: (a) => (
            <Link
              to="/support/advisors"
              search={(prev) => ({ ...prev, advisor: a.id })}
              aria-current={a.id === selectedId ? 'true' : undefined}
              style={{ fontWeight: a.id === selectedId ? 700 : 500 }}
            >
              {a.name}
            </Link>
          ),
        },
        { header: t('list.kind'), cell: (a) => t(`kind.${a.kind}`) },
        {
          header: t('list.expertise'),
          cell: (a) => (
            <Group gap={4}>
              {a.expertise.map((e) => (
                <Badge key={e} variant="light" color="indigo" c="dark.8" size="sm" style={{ textTransform: 'none' }}>
                  {e}
                </Badge>
              ))}
            </Group>
          ),
        },
        { header: t('list.organization'), cell: (a) => organizationName(a.organizationId) || t('list.ownFacility') },
        {
          header: t('list.active'),
          cell: (a) => <Text size="sm">{a.active ? t('list.activeYes') : t('list.activeNo')}</Text>,
        },
      ]}
    />
  );
}
