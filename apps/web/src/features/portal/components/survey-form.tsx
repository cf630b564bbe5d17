import { Alert, Button, Group, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '@/lib/forms/api-errors';
import { formatDateTime } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import {
  useSaveSurveyDraft,
  useSubmitSurvey,
  type DraftFigures,
  type Figures,
  type Submission,
  type Survey,
  type SurveyDraft,
} from '../api/survey-queries';

type Values = Record<string, string | number>;

interface SurveyFormProps {
  survey: Survey;
  submission: Submission | null;
}

/**
 * The survey's own questions. A draft is kept on the server (so it follows the tenant to another
 * device) until the answer is submitted to the facility, which removes it.
 */
export function SurveyForm({ survey, submission }: SurveyFormProps) {
  const { t, i18n } = useTranslation('portal');
  const lang = toLanguage(i18n.language);
  const submit = useSubmitSurvey(survey.id);
  const saveDraft = useSaveSurveyDraft(survey.id);
  const [draft, setDraft] = useState<SurveyDraft | null>(survey.draft);
  const [alert, setAlert] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const initial: Values = Object.fromEntries(
    survey.questions.map((q) => [
      q.key,
      (draft?.values[q.key as keyof DraftFigures] as string | number | null | undefined) ??
        (submission?.[q.key as keyof Submission] as string | number | null) ??
        '',
    ]),
  );
  const form = useForm<Values>({
    initialValues: initial,
    validate: Object.fromEntries(
      survey.questions
        .filter((q) => q.required)
        .map((q) => [q.key, (v: unknown) => (v === '' || v === null ? t('surveys.required') : null)]),
    ),
  });
  const bodyOf = (v: Values) =>
    Object.fromEntries(
      survey.questions.map((q) => [
        q.key,
        q.type === 'integer' ? (v[q.key] === '' ? null : Number(v[q.key])) : String(v[q.key] ?? '') || null,
      ]),
    );
  const handleSaveDraft = () => {
    setAlert(null);
    saveDraft.mutate(bodyOf(form.getValues()) as DraftFigures, {
      onSuccess: (saved) => setDraft(saved),
      onError: (e) =>
        setAlert(
          applyApiError(
            t,
            e,
            form,
            survey.questions.map((q) => q.key),
          ),
        ),
    });
  };
  const handleSubmit = form.onSubmit(
    (v) => {
      setAlert(null);
      const body = bodyOf(v) as unknown as Figures;
      submit.mutate(body, {
        onSuccess: () => {
          // The server dropped the draft with the submission.
          setDraft(null);
          setSent(true);
        },
        onError: (e) =>
          setAlert(
            applyApiError(
              t,
              e,
              form,
              survey.questions.map((q) => q.key),
            ),
          ),
      });
    },
    (errors) => form.getInputNode(Object.keys(errors)[0])?.focus(),
  );
  const label = (q: Survey['questions'][number]) => (lang === 'ja' ? q.labelJa : q.labelEn);
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        {submission && !sent && (
          <Text size="sm">{t('surveys.submittedAt', { date: formatDateTime(submission.updatedAt, lang) })}</Text>
        )}
        {draft && (
          <Text size="sm" c="dimmed">
            {t('surveys.draftSavedAt', { date: formatDateTime(draft.savedAt, lang) })}
          </Text>
        )}
        {survey.questions.map((q) =>
          q.type === 'integer' ? (
            <NumberInput
              key={q.key}
              label={label(q)}
              required={q.required}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator=","
              description={/yen|円/.test(q.labelEn + q.labelJa) ? t('surveys.yenHint') : undefined}
              {...form.getInputProps(q.key)}
            />
          ) : (
            <Textarea
              key={q.key}
              label={label(q)}
              required={q.required}
              autosize
              minRows={2}
              {...form.getInputProps(q.key)}
            />
          ),
        )}
        {alert && (
          <Alert color="red" role="alert">
            {alert}
          </Alert>
        )}
        {sent && (
          <Alert color="teal" role="status">
            {t('surveys.done')}
          </Alert>
        )}
        <Group gap="sm">
          <Button variant="default" onClick={handleSaveDraft} loading={saveDraft.isPending}>
            {t('surveys.saveDraft')}
          </Button>
          <Button type="submit" loading={submit.isPending}>
            {t('surveys.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
