import { Alert, Button, Group, NumberInput, Paper, Select, Stack, Switch, TagsInput, Text, Title } from '@mantine/core';
import { notify } from '@/lib/notify';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '@/lib/forms/api-errors';
import { REPORT_FORMATS, reportQueries, useSaveReportSettings, type ReportSettings } from '../api/report-queries';

interface ReportSettingsFormProps {
  canEdit: boolean;
}

/** 定期レポート: the monthly and fiscal-year reports made by schedule, and who receives them. */
export function ReportSettingsForm({ canEdit }: ReportSettingsFormProps) {
  const { t } = useTranslation('reports');
  const settings = useQuery(reportQueries.settings());
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="report-settings">
      <Title order={2} size="h4" id="report-settings" mb="xs">
        {t('settings.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.description')}
        {!canEdit && ` ${t('settings.adminOnly')}`}
      </Text>
      {settings.data && <SettingsFields initial={settings.data} canEdit={canEdit} />}
    </Paper>
  );
}

function SettingsFields({ initial, canEdit }: { initial: ReportSettings; canEdit: boolean }) {
  const { t } = useTranslation(['reports', 'common', 'errors']);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSaveReportSettings();
  const set = <K extends keyof ReportSettings>(k: K, v: ReportSettings[K]) => setValues((p) => ({ ...p, [k]: v }));
  const handleSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    setErrors({});
    setProblem(null);
    const form = { setFieldError: (path: string, msg: string) => setErrors((p) => ({ ...p, [path]: msg })) };
    save.mutate(values, {
      onSuccess: () => notify('teal', t('reports:settings.saved')),
      onError: (error) => setProblem(applyApiError(t, error, form, ['recipients', 'retentionDays', 'scheduledFormat'])),
    });
  };
  return (
    <form onSubmit={handleSubmit} noValidate>
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="sm">
          <Group>
            <Switch
              label={t('reports:settings.monthly')}
              checked={values.monthlyEnabled}
              onChange={(e) => set('monthlyEnabled', e.currentTarget.checked)}
            />
            <Switch
              label={t('reports:settings.fiscalYear')}
              checked={values.fiscalYearEnabled}
              onChange={(e) => set('fiscalYearEnabled', e.currentTarget.checked)}
            />
          </Group>
          <TagsInput
            label={t('reports:settings.recipients')}
            description={t('reports:settings.recipientsHint')}
            value={values.recipients}
            onChange={(v) => set('recipients', v)}
            error={errors.recipients ?? Object.entries(errors).find(([k]) => k.startsWith('recipients'))?.[1]}
          />
          <Group grow>
            <Select
              label={t('reports:settings.format')}
              allowDeselect={false}
              value={values.scheduledFormat}
              onChange={(v) => v && set('scheduledFormat', v as ReportSettings['scheduledFormat'])}
              data={REPORT_FORMATS.map((f) => ({ value: f, label: t(`reports:format.${f}`) }))}
            />
            <NumberInput
              label={t('reports:settings.retentionDays')}
              min={1}
              allowDecimal={false}
              value={values.retentionDays}
              onChange={(v) => set('retentionDays', Number(v))}
              error={errors.retentionDays}
            />
          </Group>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          {canEdit && (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending}>
                {t('reports:settings.submit')}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
