import { Divider, Group, NumberInput, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/form-dialog';
import { YenInput } from '@/components/yen-input';
import { notify } from '@/lib/notify';
import { useSaveProgram, type SubsidyProgram } from '../api/subsidy-queries';
import { RoundsEditor, emptyRound, type RoundRow } from './rounds-editor';

interface ProgramDialogProps {
  /** The programme to change; none to register a new one. */
  program?: SubsidyProgram;
  onClose: () => void;
}

const PROGRAM_FIELDS = ['name', 'agency', 'subsidyRate', 'maxAmount', 'reportWithinDays'];
const ROUND_FIELDS = ['name', 'opensOn', 'closesOn', 'projectDeadline'];

/** 補助金制度の登録・編集: the programme's terms and its rounds (公募回) with their deadlines. */
export function ProgramDialog({ program, onClose }: ProgramDialogProps) {
  const { t } = useTranslation(['subsidies', 'common', 'errors']);
  const required = t('subsidies:programForm.required');
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: program?.name ?? '',
      agency: program?.agency ?? '',
      subsidyRate: program?.subsidyRate ?? '2/3',
      maxAmount: (program?.maxAmount ?? '') as number | string,
      reportWithinDays: (program?.reportWithinDays ?? 30) as number | string,
      notes: program?.notes ?? '',
      rounds: program?.rounds.map((r): RoundRow => ({ ...r })) ?? [emptyRound()],
    },
    validate: (v) => {
      const missing: Record<string, string> = {};
      if (!v.name.trim()) missing.name = required;
      if (!v.agency.trim()) missing.agency = required;
      if (!v.subsidyRate.trim()) missing.subsidyRate = required;
      if (v.maxAmount === '') missing.maxAmount = required;
      v.rounds.forEach((r, i) => {
        if (!r.name.trim()) missing[`rounds.${i}.name`] = required;
        if (!r.opensOn) missing[`rounds.${i}.opensOn`] = required;
        if (!r.closesOn) missing[`rounds.${i}.closesOn`] = required;
      });
      return missing;
    },
  });
  const save = useSaveProgram(program?.id ?? null);
  const rounds = form.values.rounds;
  const fields = [...PROGRAM_FIELDS, ...rounds.flatMap((_, i) => ROUND_FIELDS.map((f) => `rounds.${i}.${f}`))];
  const handleSubmit = async (v: typeof form.values) => {
    await save.mutateAsync({
      name: v.name,
      agency: v.agency,
      subsidyRate: v.subsidyRate,
      maxAmount: Number(v.maxAmount),
      reportWithinDays: v.reportWithinDays === '' ? 30 : Number(v.reportWithinDays),
      commercialisationReportCount: program?.commercialisationReportCount ?? 5,
      notes: v.notes || null,
      rounds: v.rounds.map((r) => ({
        ...(r.id ? { id: r.id } : {}),
        name: r.name,
        opensOn: r.opensOn!,
        closesOn: r.closesOn!,
        projectDeadline: r.projectDeadline,
        prerequisiteCutoffs: r.prerequisiteCutoffs,
      })),
    });
    notify('teal', t(program ? 'subsidies:programForm.updated' : 'subsidies:programForm.created'));
    onClose();
  };

  return (
    <FormDialog
      onClose={onClose}
      title={program ? t('subsidies:programForm.editTitle', { name: program.name }) : t('subsidies:programForm.title')}
      size="xl"
      form={form}
      fields={fields}
      onSubmit={handleSubmit}
      submitLabel={program ? t('subsidies:programForm.save') : t('subsidies:programForm.create')}
      invalidMessage={t('subsidies:programForm.fix')}
    >
      <Group grow align="flex-start">
        <TextInput
          label={t('subsidies:programForm.name')}
          placeholder={t('subsidies:programForm.namePlaceholder')}
          required
          {...form.getInputProps('name')}
        />
        <TextInput
          label={t('subsidies:programForm.agency')}
          placeholder={t('subsidies:programForm.agencyPlaceholder')}
          required
          {...form.getInputProps('agency')}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t('subsidies:programForm.subsidyRate')}
          description={t('subsidies:programForm.subsidyRateHint')}
          required
          {...form.getInputProps('subsidyRate')}
        />
        <YenInput label={t('subsidies:programForm.maxAmount')} required {...form.getInputProps('maxAmount')} />
        <NumberInput
          label={t('subsidies:programForm.reportWithinDays')}
          description={t('subsidies:programForm.reportWithinDaysHint')}
          min={1}
          max={365}
          allowDecimal={false}
          {...form.getInputProps('reportWithinDays')}
        />
      </Group>
      <Textarea label={t('subsidies:programForm.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
      <Divider />
      <div>
        <Title order={3} size="h5">
          {t('subsidies:programForm.rounds')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('subsidies:programForm.roundsHint')}
        </Text>
      </div>
      <RoundsEditor
        rounds={rounds}
        errors={form.errors as Record<string, string>}
        onChange={(update) => form.setFieldValue('rounds', update)}
      />
    </FormDialog>
  );
}
