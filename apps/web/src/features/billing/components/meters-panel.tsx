import { Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash, IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MonthField } from '@/components/month-field';
import { DataTable } from '@/components/table/data-table';
import { isApiError } from '@/lib/api/api-error';
import { formatDate, formatNumber } from '@/lib/format';
import { errorMessage } from '@/lib/forms/api-errors';
import { toLanguage } from '@/lib/i18n/i18n';
import {
  METER_KINDS,
  METER_PAGE_SIZE,
  meterQueries,
  useDeleteMeterReading,
  type MeterKind,
  type MeterReading,
} from '../api/meter-queries';
import { ImportMetersDialog } from './import-meters-dialog';
import { MeterReadingDialog } from './meter-reading-dialog';

interface MetersPanelProps {
  period: string;
  canWrite: boolean;
}

/** 検針: the month's meter readings with their consumption; entered by hand or from a CSV. */
export function MetersPanel({ period: initial, canWrite }: MetersPanelProps) {
  const { t, i18n } = useTranslation(['billing', 'common', 'errors']);
  const lang = toLanguage(i18n.language);
  const [period, setPeriod] = useState<string | null>(initial);
  const [kind, setKind] = useState<MeterKind | null>(null);
  const [page, setPage] = useState(0);
  const [dialog, setDialog] = useState<'enter' | 'import' | null>(null);
  const list = useQuery(meterQueries.list({ period: period ?? undefined, kind: kind ?? undefined, page }));
  const remove = useDeleteMeterReading();
  const columns = useMemo<ColumnDef<MeterReading, unknown>[]>(() => {
    const unit = (k: MeterKind) => t(`billing:meters.unit.${k}`);
    const cols: ColumnDef<MeterReading, unknown>[] = [
      { id: 'space', header: t('billing:meters.space'), cell: ({ row }) => row.original.spaceCode },
      {
        id: 'kind',
        header: t('billing:meters.kind'),
        cell: ({ row }) => t(`billing:meters.kinds.${row.original.kind}`),
      },
      { id: 'readOn', header: t('billing:meters.readOn'), cell: ({ row }) => formatDate(row.original.readOn, lang) },
      {
        id: 'value',
        header: t('billing:meters.value'),
        meta: { align: 'right' },
        cell: ({ row }) => formatNumber(row.original.value),
      },
      {
        id: 'consumption',
        header: t('billing:meters.consumption'),
        meta: { align: 'right' },
        cell: ({ row }) => `${formatNumber(row.original.consumption)} ${unit(row.original.kind)}`,
      },
      {
        id: 'source',
        header: t('billing:meters.source'),
        cell: ({ row }) => (
          <Group gap={4}>
            <Text size="sm">{t(`billing:meters.sources.${row.original.source}`)}</Text>
            {row.original.isReplacement && (
              <Badge size="sm" variant="filled" autoContrast color="yellow">
                {t('billing:meters.replacedBadge')}
              </Badge>
            )}
          </Group>
        ),
      },
    ];
    if (canWrite)
      cols.push({
        id: 'actions',
        header: () => <span className="visually-hidden">{t('billing:meters.actions')}</span>,
        cell: ({ row }) => (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={14} aria-hidden />}
            aria-label={t('billing:meters.deleteFor', {
              space: row.original.spaceCode,
              date: formatDate(row.original.readOn, lang),
            })}
            onClick={() =>
              remove.mutate(row.original.id, {
                onSuccess: () =>
                  notifications.show({
                    color: 'teal',
                    message: t('billing:meters.deleted'),
                    closeButtonProps: { 'aria-label': t('common:actions.close') },
                  }),
                onError: (e) =>
                  notifications.show({
                    color: 'red',
                    message: errorMessage(t, isApiError(e) ? e.code : 'network', e.message),
                    closeButtonProps: { 'aria-label': t('common:actions.close') },
                  }),
              })
            }
          >
            {t('billing:meters.delete')}
          </Button>
        ),
      });
    return cols;
    // remove.mutate is stable
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, lang, canWrite]);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <MonthField
            label={t('billing:meters.period')}
            value={period}
            onChange={(v) => {
              setPeriod(v);
              setPage(0);
            }}
            w={180}
          />
          <Select
            label={t('billing:meters.kind')}
            placeholder={t('billing:meters.allKinds')}
            clearable
            value={kind}
            onChange={(v) => {
              setKind(v as MeterKind | null);
              setPage(0);
            }}
            data={METER_KINDS.map((k) => ({ value: k, label: t(`billing:meters.kinds.${k}`) }))}
            w={160}
            styles={{ input: { '--input-placeholder-color': 'var(--mantine-color-gray-7)' } as never }}
          />
        </Group>
        {canWrite && (
          <Group>
            <Button
              variant="default"
              leftSection={<IconUpload size={16} aria-hidden />}
              onClick={() => setDialog('import')}
            >
              {t('billing:meters.import')}
            </Button>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog('enter')}>
              {t('billing:meters.enter')}
            </Button>
          </Group>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('billing:meters.explain')}
      </Text>
      <DataTable
        caption={t('billing:tabs.meters')}
        data={list.data?.items ?? []}
        columns={columns}
        total={list.data?.total ?? 0}
        page={page}
        pageSize={METER_PAGE_SIZE}
        onPageChange={setPage}
        loading={list.isFetching}
      />
      {dialog === 'enter' && <MeterReadingDialog onClose={() => setDialog(null)} />}
      {dialog === 'import' && <ImportMetersDialog onClose={() => setDialog(null)} />}
    </Stack>
  );
}
