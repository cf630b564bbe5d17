import { Badge, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { subsidyQueries } from '../api/subsidy-queries';
import { Checklist } from './checklist';
import { EvidenceFiles } from './evidence-files';
import { ReadOnlyFields } from './read-only-fields';

const DAY = 86_400_000;
const CLOSED_STAGES: readonly string[] = ['paid', 'not_adopted', 'withdrawn', 'cancelled'];

/** Days from today (Tokyo) to a calendar date. */
function daysUntil(date: string): number {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
}

const urgency = (days: number) => (days < 0 ? 'red' : days <= 14 ? 'orange' : days <= 30 ? 'yellow' : 'teal');

/** One case opened: computed deadlines coloured by urgency, checklists and the evidence files. */
export function SubsidyCaseDetail({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('portal');
  const lang = toLanguage(i18n.language);
  const detail = useQuery(subsidyQueries.detail(caseId));
  if (detail.isPending) return <Loader size="sm" />;
  const c = detail.data;
  if (!c) return null;
  const closed = CLOSED_STAGES.includes(c.stage);
  return (
    <Stack gap="md">
      <ReadOnlyFields
        fields={[
          { label: t('subsidies.projectDeadline'), value: formatDate(c.projectDeadline, lang) },
          { label: t('subsidies.requested'), value: c.requestedAmount === null ? null : formatYen(c.requestedAmount) },
          { label: t('subsidies.decided'), value: c.decidedAmount === null ? null : formatYen(c.decidedAmount) },
        ]}
      />
      <div>
        <Text fw={700} size="sm" mb={4}>
          {t('subsidies.deadlines')}
        </Text>
        {(c.deadlines ?? []).length === 0 && (
          <Text size="sm" c="dimmed">
            {t('subsidies.noDeadlines')}
          </Text>
        )}
        <Stack gap={4}>
          {(c.deadlines ?? []).map((d) => {
            const days = daysUntil(d.dueOn);
            return (
              <Group key={d.key} justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm">{lang === 'ja' ? d.labelJa : d.labelEn}</Text>
                <Badge variant="light" c="dark.8" color={urgency(days)} style={{ flexShrink: 0 }}>
                  {formatDate(d.dueOn, lang)}・
                  {days < 0 ? t('subsidies.overdue') : t('subsidies.daysLeft', { count: days })}
                </Badge>
              </Group>
            );
          })}
        </Stack>
      </div>
      <Text size="sm" c="dimmed">
        {closed ? t('subsidies.checklistClosed') : t('subsidies.checklistHint')}
      </Text>
      <Checklist
        title={t('subsidies.prerequisites')}
        caseId={c.id}
        list="prerequisites"
        items={c.prerequisites}
        closed={closed}
      />
      <Checklist title={t('subsidies.evidence')} caseId={c.id} list="evidence" items={c.evidence} closed={closed} />
      <EvidenceFiles caseId={c.id} />
    </Stack>
  );
}
