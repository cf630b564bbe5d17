import { Alert, Button, Group, NumberInput, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { applyApiError } from '@/lib/forms/api-errors';
import { notify } from '@/lib/notify';
import { useReviewPlan, type ImprovementPlan } from '../api/partner-queries';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
type Num = number | string;

/** モニタリング記録: the year's actual figures against the plan, and the consultant's time. */
export function PlanReviewForm({ plan }: { plan: ImprovementPlan }) {
  const { t } = useTranslation(['partners', 'errors']);
  const [reviewedOn, setReviewedOn] = useState<string | null>(today());
  const [fiscalYear, setFiscalYear] = useState<Num>(plan.targets[0]?.fiscalYear ?? '');
  const [sales, setSales] = useState<Num>('');
  const [profit, setProfit] = useState<Num>('');
  const [cash, setCash] = useState<Num>('');
  const [minutes, setMinutes] = useState<Num>('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const review = useReviewPlan(plan.id);
  const handleSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    const required = {
      reviewedOn,
      fiscalYear,
      actualSales: sales,
      actualOperatingProfit: profit,
      actualCashFlow: cash,
    };
    const missing = Object.entries(required).filter(([, v]) => v === '' || v === null);
    setErrors(Object.fromEntries(missing.map(([k]) => [k, t('partners:create.required')])));
    if (missing.length > 0) return;
    setProblem(null);
    const form = { setFieldError: (path: string, msg: string) => setErrors((p) => ({ ...p, [path]: msg })) };
    review.mutate(
      {
        reviewedOn: reviewedOn!,
        fiscalYear: Number(fiscalYear),
        actualSales: Number(sales),
        actualOperatingProfit: Number(profit),
        actualCashFlow: Number(cash),
        consultantMinutes: minutes === '' ? undefined : Number(minutes),
        notes: notes || undefined,
      },
      {
        onSuccess: () => notify('teal', t('partners:plans.reviewed')),
        onError: (error) => setProblem(applyApiError(t, error, form, Object.keys(required))),
      },
    );
  };
  const yen = { prefix: '¥', thousandSeparator: ',', allowDecimal: false } as const;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`review-${plan.id}`}>
      <Title order={3} size="h5" mb="sm" id={`review-${plan.id}`}>
        {t('partners:plans.reviewTitle')}
      </Title>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="xs">
          <Group grow>
            <DateField
              label={t('partners:plans.reviewedOn')}
              required
              value={reviewedOn}
              onChange={setReviewedOn}
              error={errors.reviewedOn}
            />
            <NumberInput
              label={t('partners:plans.fiscalYear')}
              required
              allowDecimal={false}
              value={fiscalYear}
              onChange={setFiscalYear}
              error={errors.fiscalYear}
            />
            <NumberInput
              label={t('partners:plans.minutes')}
              min={0}
              allowDecimal={false}
              value={minutes}
              onChange={setMinutes}
            />
          </Group>
          <Group grow>
            <NumberInput
              label={t('partners:plans.actualSales')}
              required
              {...yen}
              value={sales}
              onChange={setSales}
              error={errors.actualSales}
            />
            <NumberInput
              label={t('partners:plans.actualProfit')}
              required
              {...yen}
              value={profit}
              onChange={setProfit}
              error={errors.actualOperatingProfit}
            />
            <NumberInput
              label={t('partners:plans.actualCash')}
              required
              {...yen}
              value={cash}
              onChange={setCash}
              error={errors.actualCashFlow}
            />
          </Group>
          <Textarea
            label={t('partners:plans.notes')}
            autosize
            minRows={2}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
          />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={review.isPending}>
              {t('partners:plans.submitReview')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
