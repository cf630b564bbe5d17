import {
  Alert,
  Button,
  Divider,
  Group,
  Modal,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import i18n from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { YenInput } from '@/components/yen-input';
import { applyApiError } from '@/lib/forms/api-errors';
import { notify } from '@/lib/notify';
import { useSaveProgram, type SubsidyProgram } from '../api/subsidy-queries';
import { RoundsEditor, emptyRound, type RoundRow } from './rounds-editor';

interface ProgramDialogProps {
  /** The programme to change; none to register a new one. */
  program?: SubsidyProgram;
  onClose: () => void;
}

/** 補助金制度の登録・編集: the programme's terms and its rounds (公募回) with their deadlines. */
export function ProgramDialog({ program, onClose }: ProgramDialogProps) {
  const { t } = useTranslation(['subsidies', 'common', 'errors']);
  const [v, setV] = useState({
    name: program?.name ?? '',
    agency: program?.agency ?? '',
    subsidyRate: program?.subsidyRate ?? '2/3',
    maxAmount: (program?.maxAmount ?? '') as number | string,
    reportWithinDays: (program?.reportWithinDays ?? 30) as number | string,
    notes: program?.notes ?? '',
  });
  const [rounds, setRounds] = useState<RoundRow[]>(program?.rounds.map((r) => ({ ...r })) ?? [emptyRound()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSaveProgram(program?.id ?? null);
  const set = (patch: Partial<typeof v>) => setV((p) => ({ ...p, ...patch }));
  const required = t('subsidies:programForm.required');

  const handleSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!v.name.trim()) missing.name = required;
    if (!v.agency.trim()) missing.agency = required;
    if (!v.subsidyRate.trim()) missing.subsidyRate = required;
    if (v.maxAmount === '') missing.maxAmount = required;
    rounds.forEach((r, i) => {
      if (!r.name.trim()) missing[`rounds[${i}].name`] = required;
      if (!r.opensOn) missing[`rounds[${i}].opensOn`] = required;
      if (!r.closesOn) missing[`rounds[${i}].closesOn`] = required;
    });
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      setProblem(t('subsidies:programForm.fix'));
      return;
    }
    setProblem(null);
    const form = { setFieldError: (path: string, msg: string) => setErrors((p) => ({ ...p, [path]: msg })) };
    save.mutate(
      {
        name: v.name,
        agency: v.agency,
        subsidyRate: v.subsidyRate,
        maxAmount: Number(v.maxAmount),
        reportWithinDays: v.reportWithinDays === '' ? 30 : Number(v.reportWithinDays),
        commercialisationReportCount: program?.commercialisationReportCount ?? 5,
        notes: v.notes || null,
        rounds: rounds.map((r) => ({
          ...(r.id ? { id: r.id } : {}),
          name: r.name,
          opensOn: r.opensOn!,
          closesOn: r.closesOn!,
          projectDeadline: r.projectDeadline,
          prerequisiteCutoffs: r.prerequisiteCutoffs,
        })),
      },
      {
        onSuccess: () => {
          notify('teal', t(program ? 'subsidies:programForm.updated' : 'subsidies:programForm.created'));
          onClose();
        },
        onError: (error) => {
          const fields = ['name', 'agency', 'subsidyRate', 'maxAmount', 'reportWithinDays'];
          rounds.forEach((_, i) =>
            fields.push(
              `rounds[${i}].name`,
              `rounds[${i}].opensOn`,
              `rounds[${i}].closesOn`,
              `rounds[${i}].projectDeadline`,
            ),
          );
          setProblem(applyApiError(t, error, form, fields));
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': i18n.t('common:actions.close') }}
      title={program ? t('subsidies:programForm.editTitle', { name: program.name }) : t('subsidies:programForm.title')}
      size="xl"
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <Group grow align="flex-start">
            <TextInput
              label={t('subsidies:programForm.name')}
              placeholder={t('subsidies:programForm.namePlaceholder')}
              required
              value={v.name}
              onChange={(e) => set({ name: e.currentTarget.value })}
              error={errors.name}
            />
            <TextInput
              label={t('subsidies:programForm.agency')}
              placeholder={t('subsidies:programForm.agencyPlaceholder')}
              required
              value={v.agency}
              onChange={(e) => set({ agency: e.currentTarget.value })}
              error={errors.agency}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label={t('subsidies:programForm.subsidyRate')}
              description={t('subsidies:programForm.subsidyRateHint')}
              required
              value={v.subsidyRate}
              onChange={(e) => set({ subsidyRate: e.currentTarget.value })}
              error={errors.subsidyRate}
            />
            <YenInput
              label={t('subsidies:programForm.maxAmount')}
              required
              value={v.maxAmount}
              onChange={(x) => set({ maxAmount: x })}
              error={errors.maxAmount}
            />
            <NumberInput
              label={t('subsidies:programForm.reportWithinDays')}
              description={t('subsidies:programForm.reportWithinDaysHint')}
              min={1}
              max={365}
              allowDecimal={false}
              value={v.reportWithinDays}
              onChange={(x) => set({ reportWithinDays: x })}
              error={errors.reportWithinDays}
            />
          </Group>
          <Textarea
            label={t('subsidies:programForm.notes')}
            autosize
            minRows={2}
            value={v.notes}
            onChange={(e) => set({ notes: e.currentTarget.value })}
          />
          <Divider />
          <div>
            <Title order={3} size="h5">
              {t('subsidies:programForm.rounds')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('subsidies:programForm.roundsHint')}
            </Text>
          </div>
          <RoundsEditor rounds={rounds} errors={errors} onChange={setRounds} />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {program ? t('subsidies:programForm.save') : t('subsidies:programForm.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
