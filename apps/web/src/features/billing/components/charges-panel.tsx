import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/table/data-table';
import { useTenantNames } from '@/lib/api/tenant-names';
import { formatYen } from '@/lib/format';
import { CHARGE_PAGE_SIZE, chargeQueries, type Charge } from '../api/charge-queries';
import { CreateChargeDialog } from './create-charge-dialog';

interface ChargesPanelProps {
  period: string;
  canWrite: boolean;
}

/** One-off charges of a period; the run bills those not yet invoiced. */
export function ChargesPanel({ period, canWrite }: ChargesPanelProps) {
  const { t } = useTranslation('billing');
  const [page, setPage] = useState(0);
  const list = useQuery(chargeQueries.list({ period, limit: CHARGE_PAGE_SIZE, offset: page * CHARGE_PAGE_SIZE }));
  const tenantName = useTenantNames();
  const [creating, createDialog] = useDisclosure();
  const columns = useMemo<ColumnDef<Charge, unknown>[]>(
    () => [
      { id: 'tenant', header: t('charges.tenant'), cell: ({ row }) => tenantName(row.original.tenantId) },
      { id: 'description', header: t('charges.description'), cell: ({ row }) => row.original.description },
      { id: 'kind', header: t('charges.kind'), cell: ({ row }) => t(`chargeKind.${row.original.kind}`) },
      { id: 'tax', header: t('charges.taxCategory'), cell: ({ row }) => t(`taxCategory.${row.original.taxCategory}`) },
      {
        id: 'amount',
        header: t('charges.amount'),
        meta: { align: 'right' },
        cell: ({ row }) => formatYen(row.original.amount),
      },
      {
        id: 'invoiced',
        header: t('charges.state'),
        cell: ({ row }) => (
          <Badge variant="light" color={row.original.invoiceId ? 'teal' : 'gray'} c="dark.8">
            {row.original.invoiceId ? t('charges.invoiced') : t('charges.pending')}
          </Badge>
        ),
      },
    ],
    [t, tenantName],
  );
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {t('charges.explain', { period })}
        </Text>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={createDialog.open}>
            {t('charges.create')}
          </Button>
        )}
      </Group>
      <DataTable
        caption={t('tabs.charges')}
        data={list.data?.items ?? []}
        columns={columns}
        total={list.data?.total ?? 0}
        page={page}
        pageSize={CHARGE_PAGE_SIZE}
        loading={list.isPending}
        onPageChange={setPage}
      />
      {creating && <CreateChargeDialog period={period} onClose={createDialog.close} />}
    </Stack>
  );
}
