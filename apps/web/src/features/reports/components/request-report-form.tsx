import { Alert, Button, Group, NumberInput, Paper, Radio, Select, Stack, TextInput, Title } from '@mantine/core';
import { notify } from '@/lib/notify';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '@/lib/forms/api-errors';
import {
  REPORT_FORMATS,
  REPORT_TYPES,
  periodKind,
  useRequestReport,
  type ReportFormat,
  type ReportType,
} from '../api/report-queries';

/** Today's month and fiscal year in Tokyo: the defaults a funder report usually asks for. */
function defaults(now = new Date()): { month: string; fiscalYear: number } {
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit' })
    .format(now)
    .slice(0, 7);
  const [y, m] = month.split('-').map(Number);
  return { month, fiscalYear: m >= 4 ? y : y - 1 };
}

/** レポートを作成: type, period and format; the report is made in the background. */
export function RequestReportForm() {
  const { t } = useTranslation(['reports', 'common', 'errors']);
  const d = defaults();
  const [type, setType] = useState<ReportType>('monthly-occupancy');
  const [format, setFormat] = useState<ReportFormat>('pdf');
  const [month, setMonth] = useState(d.month);
  const [fiscalYear, setFiscalYear] = useState<number | string>(d.fiscalYear);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const request = useRequestReport();
  const kind = periodKind(type);
  const handleSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    setErrors({});
    setProblem(null);
    const body = kind === 'month' ? { type, format, period: month } : { type, format, fiscalYear: Number(fiscalYear) };
    const form = { setFieldError: (path: string, msg: string) => setErrors((p) => ({ ...p, [path]: msg })) };
    request.mutate(body, {
      onSuccess: () => notify('teal', t('reports:request.queued')),
      onError: (error) => setProblem(applyApiError(t, error, form, ['type', 'format', 'period', 'fiscalYear'])),
    });
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="request-report">
      <Title order={2} size="h4" id="request-report" mb="sm">
        {t('reports:request.title')}
      </Title>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          <Group grow align="flex-start">
            <Select
              label={t('reports:request.type')}
              allowDeselect={false}
              value={type}
              onChange={(v) => v && setType(v as ReportType)}
              data={REPORT_TYPES.map((r) => ({ value: r, label: t(`reports:type.${r}`) }))}
              error={errors.type}
            />
            {kind === 'month' ? (
              <TextInput
                type="month"
                label={t('reports:request.period')}
                value={month}
                onChange={(e) => setMonth(e.currentTarget.value)}
                error={errors.period}
              />
            ) : (
              <NumberInput
                label={t('reports:request.fiscalYear')}
                description={t('reports:request.fiscalYearHint', {
                  from: Number(fiscalYear),
                  to: Number(fiscalYear) + 1,
                })}
                min={2000}
                max={2100}
                allowDecimal={false}
                value={fiscalYear}
                onChange={setFiscalYear}
                error={errors.fiscalYear}
              />
            )}
          </Group>
          <Radio.Group
            label={t('reports:request.format')}
            value={format}
            onChange={(v) => setFormat(v as ReportFormat)}
          >
            <Group gap="lg" mt={6}>
              {REPORT_FORMATS.map((f) => (
                <Radio key={f} value={f} label={t(`reports:format.${f}`)} />
              ))}
            </Group>
          </Radio.Group>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={request.isPending}>
              {t('reports:request.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
