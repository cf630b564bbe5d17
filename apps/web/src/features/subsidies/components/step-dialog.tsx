import { Alert, Button, Group, Modal, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notify } from '@/lib/notify';
import { useState } from 'react';
import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { applyApiError } from '@/lib/forms/api-errors';
import { useMoveCase, type SubsidyCase } from '../api/subsidy-queries';
import {
  AMOUNT_FIELDS,
  STEP_FIELDS,
  todayInTokyo,
  type StepField,
  type SubsidyStage,
  type SubsidyTransition,
} from '../api/subsidy-stages';

interface StepDialogProps {
  item: SubsidyCase;
  to: SubsidyStage;
  onClose: () => void;
}

type Values = Partial<Record<StepField, string | number>>;

/** The details a step records (its dates, the amount it fixes, the reason for closing), then the move. */
export function StepDialog({ item, to, onClose }: StepDialogProps) {
  const { t } = useTranslation(['subsidies', 'common', 'errors']);
  const fields = STEP_FIELDS[to];
  const today = todayInTokyo();
  const [values, setValues] = useState<Values>(() =>
    Object.fromEntries(fields.filter((f) => !AMOUNT_FIELDS.includes(f) && f !== 'reason').map((f) => [f, today])),
  );
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const move = useMoveCase();
  const set = (f: StepField, v: string | number | null) => setValues((prev) => ({ ...prev, [f]: v ?? undefined }));
  const handleSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    const missing = fields.filter((f) => values[f] === undefined || values[f] === '');
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((f) => [f, t('subsidies:step.required')])));
      document.getElementById(`step-${missing[0]}`)?.focus();
      return;
    }
    setProblem(null);
    const form = { setFieldError: (path: string, msg: string) => setErrors((p) => ({ ...p, [path]: msg })) };
    move.mutate(
      { id: item.id, body: { to, ...values, note: note || undefined } as SubsidyTransition },
      {
        onSuccess: () => {
          notify('teal', t('subsidies:step.done', { stage: t(`subsidies:stage.${to}`) }));
          onClose();
        },
        onError: (error) => setProblem(applyApiError(t, error, form, [...fields])),
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': i18n.t('common:actions.close') }}
      title={t('subsidies:step.title', { stage: t(`subsidies:stage.${to}`) })}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <Text size="sm">
            {t('subsidies:step.summary', {
              title: item.title || t('subsidies:untitled'),
              from: t(`subsidies:stage.${item.stage}`),
              to: t(`subsidies:stage.${to}`),
            })}
          </Text>
          {fields.map((f) =>
            AMOUNT_FIELDS.includes(f) ? (
              <NumberInput
                key={f}
                id={`step-${f}`}
                label={t(`subsidies:field.${f}`)}
                required
                prefix="¥"
                thousandSeparator=","
                allowDecimal={false}
                allowNegative={false}
                value={values[f] ?? ''}
                onChange={(v) => set(f, v === '' ? null : Number(v))}
                error={errors[f]}
              />
            ) : f === 'reason' ? (
              <TextInput
                key={f}
                id={`step-${f}`}
                label={t('subsidies:field.reason')}
                required
                value={String(values[f] ?? '')}
                onChange={(e) => set(f, e.currentTarget.value)}
                error={errors[f]}
              />
            ) : (
              <DateField
                key={f}
                id={`step-${f}`}
                label={t(`subsidies:field.${f}`)}
                required
                value={(values[f] as string | undefined) ?? null}
                onChange={(v) => set(f, v)}
                error={errors[f]}
              />
            ),
          )}
          <Textarea label={t('subsidies:field.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={move.isPending}>
              {t('subsidies:step.submit', { stage: t(`subsidies:stage.${to}`) })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
