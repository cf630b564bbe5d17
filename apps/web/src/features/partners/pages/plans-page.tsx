import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { SimpleTable } from '@/components/table/simple-table';
import { useTenantNames } from '@/lib/api/tenant-names';
import { formatDate, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { planQueries, type PlansSearch } from '../api/partner-queries';
import { PlanChart } from '../components/plan-chart';
import { PlanReviewForm } from '../components/plan-review-form';

/** 経営改善計画: plans written by consultants, reviewed against their targets until they are done. */
export function PlansPage({ search, canEdit }: { search: PlansSearch; canEdit: boolean }) {
  const { t, i18n } = useTranslation('partners');
  const lang = toLanguage(i18n.language);
  const navigate = useNavigate({ from: '/support/plans' });
  const tenantName = useTenantNames();
  const plans = useQuery(planQueries.list());
  const items = plans.data?.items ?? [];
  const selected = items.find((p) => p.id === search.plan) ?? items[0];
  return (
    <Stack gap="md">
      <PageHeader title={t('plans.title')} description={t('plans.description')} />
      <SimpleTable
        caption={t('plans.caption')}
        rows={items}
        rowKey={(p) => p.id}
        loading={plans.isPending}
        empty={t('plans.empty')}
        columns={[
          { header: t('referrals.tenant'), cell: (p) => tenantName(p.tenantId) },
          { header: t('plans.planTitle'), cell: (p) => p.title },
          { header: t('plans.consultant'), cell: (p) => p.consultantName },
          {
            header: t('plans.nextReview'),
            cell: (p) => (
              <Group gap={6}>
                <Text size="sm">{formatDate(p.nextReviewOn, lang)}</Text>
                {p.overdue && (
                  <Badge color="red" variant="light" c="red.9" size="sm">
                    {t('plans.overdue')}
                  </Badge>
                )}
              </Group>
            ),
          },
          { header: t('plans.status'), cell: (p) => t(`plans.statusValue.${p.status}`) },
          {
            header: t('referrals.record'),
            cell: (p) => (
              <Button
                size="xs"
                variant={p.id === selected?.id ? 'filled' : 'default'}
                onClick={() => void navigate({ search: { plan: p.id } })}
                aria-label={t('plans.showOf', { title: p.title })}
              >
                {t('plans.show')}
              </Button>
            ),
          },
        ]}
      />
      {selected && (
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('plans.detailTitle', { tenant: tenantName(selected.tenantId), title: selected.title })}
          </Title>
          <PlanChart plan={selected} />
          <SimpleTable
            caption={t('plans.reviewsCaption')}
            rows={selected.reviews}
            rowKey={(r) => r.id}
            empty={t('plans.noReviews')}
            columns={[
              { header: t('plans.reviewedOn'), cell: (r) => formatDate(r.reviewedOn, lang) },
              { header: t('plans.fiscalYear'), cell: (r) => t('plans.fy', { year: r.fiscalYear }) },
              { header: t('plans.actualSales'), cell: (r) => formatYen(r.actualSales), align: 'right' },
              { header: t('plans.actualProfit'), cell: (r) => formatYen(r.actualOperatingProfit), align: 'right' },
              { header: t('plans.actualCash'), cell: (r) => formatYen(r.actualCashFlow), align: 'right' },
              { header: t('plans.notes'), cell: (r) => r.notes },
            ]}
          />
          {canEdit && selected.status === 'active' && <PlanReviewForm key={selected.id} plan={selected} />}
        </Stack>
      )}
    </Stack>
  );
}
