import { Badge, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { ErrorState } from '@/components/states/error-state';
import type { Me } from '@/lib/auth/roles';
import { formatDate } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { surveyQueries, type Survey } from '../api/survey-queries';
import { Section } from '../components/section';
import { SurveyForm } from '../components/survey-form';

/** Every open KPI survey with its form. */
export function SurveysPage(_props: { me: Me }) {
  const { t } = useTranslation('portal');
  const surveys = useQuery(surveyQueries.list());
  if (surveys.isError) return <ErrorState error={surveys.error} onRetry={() => void surveys.refetch()} />;
  const items = surveys.data?.items ?? [];
  return (
    <>
      <PageHeader title={t('surveys.title')} description={t('surveys.lead')} />
      {surveys.isSuccess && items.length === 0 && (
        <Paper withBorder p="md" radius="md">
          <Text c="dimmed">{t('surveys.none')}</Text>
        </Paper>
      )}
      <Stack gap="md">
        {items.map((s) => (
          <OpenSurvey key={s.id} survey={s} />
        ))}
      </Stack>
    </>
  );
}

function OpenSurvey({ survey }: { survey: Survey }) {
  const { t, i18n } = useTranslation('portal');
  const lang = toLanguage(i18n.language);
  const submission = useQuery(surveyQueries.submission(survey.id));
  return (
    <Section
      title={t('surveys.period', { period: survey.period })}
      actions={
        <Group gap={6}>
          <Badge variant="light" c="dark.8" color={survey.submitted ? 'teal' : 'orange'}>
            {survey.submitted ? t('surveys.submitted') : t('surveys.notSubmitted')}
          </Badge>
          <Text size="sm">{t('surveys.closes', { date: formatDate(survey.closesOn, lang) })}</Text>
        </Group>
      }
    >
      {submission.isPending ? (
        <Loader size="sm" />
      ) : (
        <SurveyForm survey={survey} submission={submission.data ?? null} />
      )}
    </Section>
  );
}
