import { NumberInput, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { FormDialog } from '@/components/form-dialog';
import { notify } from '@/lib/notify';
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

type Values = Partial<Record<StepField, string | number | null>> & { note: string };

/** The details a step records (its dates, the amount it fixes, the reason for closing), then the move. */
export function StepDialog({ item, to, onClose }: StepDialogProps) {
  const { t } = useTranslation(['subsidies', 'common', 'errors']);
  const fields = STEP_FIELDS[to];
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      ...Object.fromEntries(fields.map((f) => [f, AMOUNT_FIELDS.includes(f) || f === 'reason' ? '' : todayInTokyo()])),
      note: '',
    },
    validate: (values) =>
      Object.fromEntries(
        fields
          .filter((f) => values[f] === undefined || values[f] === null || values[f] === '')
          .map((f) => [f, t('subsidies:step.required')]),
      ),
  });
  const move = useMoveCase();
  const handleSubmit = async ({ note, ...values }: Values) => {
    const details = Object.fromEntries(
      fields.map((f) => [f, AMOUNT_FIELDS.includes(f) ? Number(values[f]) : values[f]]),
    );
    await move.mutateAsync({ id: item.id, body: { to, ...details, note: note || undefined } as SubsidyTransition });
    notify('teal', t('subsidies:step.done', { stage: t(`subsidies:stage.${to}`) }));
    onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('subsidies:step.title', { stage: t(`subsidies:stage.${to}`) })}
      form={form}
      fields={fields}
      onSubmit={handleSubmit}
      submitLabel={t('subsidies:step.submit', { stage: t(`subsidies:stage.${to}`) })}
    >
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
            {...form.getInputProps(f)}
          />
        ) : f === 'reason' ? (
          <TextInput key={f} id={`step-${f}`} label={t('subsidies:field.reason')} required {...form.getInputProps(f)} />
        ) : (
          <DateField key={f} id={`step-${f}`} label={t(`subsidies:field.${f}`)} required {...form.getInputProps(f)} />
        ),
      )}
      <Textarea label={t('subsidies:field.note')} {...form.getInputProps('note')} />
    </FormDialog>
  );
}
