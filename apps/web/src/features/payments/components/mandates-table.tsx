import { Alert, Badge, Button, Group, Modal, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/table/data-table';
import { isApiError } from '@/lib/api/api-error';
import { useTenantNames } from '@/lib/api/tenant-names';
import { errorMessage } from '@/lib/forms/api-errors';
import {
  DEBIT_PAGE_SIZE,
  MANDATE_STATUSES,
  debitQueries,
  useSetMandateStatus,
  type DebitMandate,
  type MandateStatus,
} from '../api/debit-queries';
import { MandateDialog } from './mandate-dialog';

const STATUS_COLOR: Record<string, string> = { active: 'teal', suspended: 'yellow', revoked: 'gray' };

/** The registered mandates by state; a writer registers new ones and suspends, resumes or revokes them. */
export function MandatesTable({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation(['payments', 'common', 'errors']);
  const [status, setStatus] = useState<MandateStatus | 'all'>('active');
  const [page, setPage] = useState(0);
  const list = useQuery(debitQueries.mandates(status === 'all' ? undefined : status, page));
  const tenantName = useTenantNames();
  const [registering, setRegistering] = useState(false);
  const [revoking, setRevoking] = useState<DebitMandate | null>(null);
  const change = useSetMandateStatus();
  const handleStatus = (m: DebitMandate, to: MandateStatus) =>
    change.mutate(
      { id: m.id, status: to },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t(`payments:debit.changed.${to}`, { name: tenantName(m.tenantId) }),
            closeButtonProps: { 'aria-label': t('common:actions.close') },
          });
          setRevoking(null);
        },
      },
    );
  const columns = useMemo<ColumnDef<DebitMandate, unknown>[]>(() => {
    const cols: ColumnDef<DebitMandate, unknown>[] = [
      { id: 'tenant', header: t('payments:debit.tenant'), cell: ({ row }) => tenantName(row.original.tenantId) },
      {
        id: 'account',
        header: t('payments:debit.account'),
        cell: ({ row }) => {
          const m = row.original;
          return (
            <Text size="sm">
              {m.bankName ?? m.bankCode} {m.branchName ?? m.branchCode}{' '}
              {t(`payments:debit.type.${m.accountType}` as never)} {m.accountNumber}
            </Text>
          );
        },
      },
      { id: 'holder', header: t('payments:debit.holderName'), cell: ({ row }) => row.original.holderName },
      { id: 'customer', header: t('payments:debit.customerNumber'), cell: ({ row }) => row.original.customerNumber },
      {
        id: 'status',
        header: t('payments:debit.status'),
        cell: ({ row }) => (
          <Badge variant="filled" autoContrast color={STATUS_COLOR[row.original.status] ?? 'gray'}>
            {t(`payments:debit.statuses.${row.original.status}` as never)}
          </Badge>
        ),
      },
    ];
    if (canWrite)
      cols.push({
        id: 'actions',
        header: () => <span className="visually-hidden">{t('payments:bank.columns.actions')}</span>,
        cell: ({ row }) => {
          const m = row.original;
          const name = tenantName(m.tenantId);
          if (m.status === 'revoked') return null;
          return (
            <Group gap="xs" wrap="nowrap">
              <Button
                size="xs"
                variant="default"
                onClick={() => handleStatus(m, m.status === 'active' ? 'suspended' : 'active')}
                aria-label={t(`payments:debit.${m.status === 'active' ? 'suspendFor' : 'resumeFor'}`, { name })}
              >
                {t(`payments:debit.${m.status === 'active' ? 'suspend' : 'resume'}`)}
              </Button>
              <Button
                size="xs"
                variant="default"
                c="red.9"
                onClick={() => setRevoking(m)}
                aria-label={t('payments:debit.revokeFor', { name })}
              >
                {t('payments:debit.revoke')}
              </Button>
            </Group>
          );
        },
      });
    return cols;
    // handleStatus closes over the mutation only
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, canWrite, tenantName]);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('payments:debit.mandates')}
        </Title>
        <Group>
          <SegmentedControl
            aria-label={t('payments:debit.status')}
            value={status}
            onChange={(v) => {
              setStatus(v as MandateStatus | 'all');
              setPage(0);
            }}
            data={[
              ...MANDATE_STATUSES.map((s) => ({ value: s, label: t(`payments:debit.statuses.${s}`) })),
              { value: 'all', label: t('payments:debit.statuses.all') },
            ]}
          />
          {canWrite && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setRegistering(true)}>
              {t('payments:debit.register')}
            </Button>
          )}
        </Group>
      </Group>
      {change.error && !revoking && (
        <Alert color="red" role="alert">
          {errorMessage(t, isApiError(change.error) ? change.error.code : 'network', change.error.message)}
        </Alert>
      )}
      <DataTable
        caption={t('payments:debit.mandates')}
        data={list.data?.items ?? []}
        columns={columns}
        total={list.data?.total ?? 0}
        page={page}
        pageSize={DEBIT_PAGE_SIZE}
        onPageChange={setPage}
        loading={list.isFetching}
      />
      {registering && <MandateDialog onClose={() => setRegistering(false)} />}
      {revoking && (
        <Modal opened onClose={() => setRevoking(null)} title={t('payments:debit.revokeTitle')}>
          <Stack>
            <Text size="sm">{t('payments:debit.revokeExplain', { name: tenantName(revoking.tenantId) })}</Text>
            {change.error && (
              <Alert color="red" role="alert">
                {errorMessage(t, isApiError(change.error) ? change.error.code : 'network', change.error.message)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRevoking(null)}>
                {t('common:actions.cancel')}
              </Button>
              <Button color="red" loading={change.isPending} onClick={() => handleStatus(revoking, 'revoked')}>
                {t('payments:debit.revokeConfirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
