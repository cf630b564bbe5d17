import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { applyApiError } from '@/lib/forms/api-errors';
import { notify } from '@/lib/notify';
import { useReferralTransition, type Referral } from '../api/partner-queries';
import {
  OUTCOMES,
  STEP_FIELDS,
  nextReferralStatuses,
  type ReferralStatus,
  type StepField,
} from '../api/referral-steps';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());

/** Moves a referral to its next status, recording the step's date (and outcome or reason). */
export function ReferralStepForm({ referral }: { referral: Referral }) {
  const { t } = useTranslation(['partners', 'errors']);
  const next = nextReferralStatuses(referral.status);
  const [to, setTo] = useState<ReferralStatus | null>(next[0] ?? null);
  const [values, setValues] = useState<Partial<Record<StepField, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const move = useReferralTransition(referral.id);
  if (!to) return null;
  const fields = STEP_FIELDS[to];
  const valueOf = (f: StepField) => values[f] ?? (f.endsWith('On') ? today() : '');
  const handleSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const body = Object.fromEntries(fields.map((f) => [f, valueOf(f) || undefined]));
    move.mutate({ to, ...body } as never, {
      onSuccess: () => {
        notify('teal', t('partners:step.done', { status: t(`partners:status.${to}`) }));
        setValues({});
      },
      onError: (error) => setProblem(applyApiError(t, error, { setFieldError: () => undefined }, [])),
    });
  };
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="xs">
        <Group grow align="flex-end">
          <Select
            label={t('partners:step.to')}
            allowDeselect={false}
            value={to}
            onChange={(v) => v && setTo(v as ReferralStatus)}
            data={next.map((s) => ({ value: s, label: t(`partners:status.${s}`) }))}
          />
          {fields.map((f) =>
            f === 'outcome' ? (
              <Select
                key={f}
                label={t('partners:step.outcome')}
                required
                value={values.outcome ?? null}
                onChange={(v) => setValues((p) => ({ ...p, outcome: v ?? undefined }))}
                data={OUTCOMES.map((o) => ({ value: o, label: t(`partners:outcome.${o}`) }))}
              />
            ) : f === 'reason' ? (
              <TextInput
                key={f}
                label={t('partners:step.reason')}
                required
                value={valueOf(f)}
                onChange={(e) => setValues((p) => ({ ...p, reason: e.currentTarget.value }))}
              />
            ) : (
              <DateField
                key={f}
                label={t(`partners:step.${f}` as never)}
                required
                value={valueOf(f)}
                onChange={(v) => setValues((p) => ({ ...p, [f]: v ?? '' }))}
              />
            ),
          )}
        </Group>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={move.isPending}>
            {t('partners:step.submit', { status: t(`partners:status.${to}`) })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
