import { Badge, Paper, Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { tenantDetailQueries } from '../api/tenant-detail-queries';

export function TenantTimeline({ tenantId }: { tenantId: string }) {
  const { t, i18n } = useTranslation('tenants');
  const lang = toLanguage(i18n.language);
  const timeline = useQuery(tenantDetailQueries.timeline(tenantId));
  const items = timeline.data?.items ?? [];
  return (
    <Paper withBorder p="md" radius="md">
      {items.length === 0 ? (
        <Text c="dimmed">{t('timeline.none')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {items.map((item, i) => (
            <Timeline.Item key={`${item.at}-${i}`} title={lang === 'en' ? item.titleEn : item.title}>
              <Text size="xs" c="dimmed">
                {formatDateTime(item.at, lang)}
                {item.staffOnly && (
                  <Badge size="xs" ml="xs" variant="light" color="gray" autoContrast>
                    {t('timeline.staffOnly')}
                  </Badge>
                )}
              </Text>
              {item.detail && <Text size="sm">{item.detail}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Paper>
  );
}
