import { Badge, Button, Group, Progress, Text } from '@mantine/core';
import { notify } from '@/lib/notify';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '@/components/table/simple-table';
import { formatDateTime } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { downloadReport, reportQueries, type Report } from '../api/report-queries';

const STATUS_COLORS = { queued: 'gray', running: 'blue', done: 'teal', failed: 'red' } as const;

function periodOf(r: Report, t: (k: string, o?: Record<string, unknown>) => string): string {
  if (r.period) return r.period;
  return r.fiscalYear ? t('list.fiscalYear', { year: r.fiscalYear }) : '';
}

/** Requested and scheduled reports, newest first: progress while they are made, then the download. */
export function ReportsTable() {
  const { t, i18n } = useTranslation(['reports', 'errors']);
  const lang = toLanguage(i18n.language);
  const list = useQuery(reportQueries.list());
  const tr = t as unknown as (k: string, o?: Record<string, unknown>) => string;
  const handleDownload = (r: Report) => downloadReport(r).catch(() => notify('red', t('reports:list.downloadFailed')));
  return (
    <SimpleTable
      caption={t('reports:list.title')}
      rows={list.data?.items ?? []}
      rowKey={(r) => r.id}
      loading={list.isPending}
      empty={t('reports:list.empty')}
      columns={[
        { header: t('reports:list.requestedAt'), cell: (r) => formatDateTime(r.createdAt, lang) },
        { header: t('reports:list.type'), cell: (r) => t(`reports:type.${r.type}`) },
        { header: t('reports:list.period'), cell: (r) => periodOf(r, tr) },
        { header: t('reports:list.format'), cell: (r) => t(`reports:format.${r.format}`) },
        { header: t('reports:list.source'), cell: (r) => t(`reports:source.${r.source}`) },
        {
          header: t('reports:list.status'),
          cell: (r) => (
            <div style={{ minWidth: 150 }}>
              <Group gap={6} wrap="nowrap">
                <Badge color={STATUS_COLORS[r.status]} variant="light" c="dark.8">
                  {t(`reports:status.${r.status}`)}
                </Badge>
                {(r.status === 'queued' || r.status === 'running') && (
                  <Text size="xs" id={`report-progress-${r.id}`}>
                    {r.progress}%
                  </Text>
                )}
              </Group>
              {(r.status === 'queued' || r.status === 'running') && (
                <Progress
                  mt={4}
                  value={r.progress}
                  striped
                  animated
                  aria-label={t('reports:list.progress', { progress: r.progress })}
                />
              )}
              {r.status === 'failed' && r.error && (
                <Text size="xs" c="red.8">
                  {r.error}
                </Text>
              )}
            </div>
          ),
        },
        {
          header: t('reports:list.file'),
          cell: (r) =>
            r.status === 'done' && !r.expired ? (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconDownload size={14} aria-hidden />}
                onClick={() => void handleDownload(r)}
                aria-label={t('reports:list.downloadOf', { name: r.fileName })}
              >
                {t('reports:list.download')}
              </Button>
            ) : r.expired ? (
              <Text size="xs" c="dimmed">
                {t('reports:list.expired')}
              </Text>
            ) : null,
        },
      ]}
    />
  );
}
