import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import i18n from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TenantSelect } from '@/components/form/tenant-select';
import { YenInput } from '@/components/yen-input';
import { applyApiError } from '@/lib/forms/api-errors';
import { formatDate, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { notify } from '@/lib/notify';
import { subsidyQueries, useCreateCase } from '../api/subsidy-queries';

/** 新規案件: a tenant's case for one round of a programme; it starts in 準備中 with the default checklists. */
export function CaseDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['subsidies', 'common', 'errors']);
  const lang = toLanguage(i18n.language);
  const programs = useQuery(subsidyQueries.programs());
  const [v, setV] = useState({
    tenantId: null as string | null,
    programId: null as string | null,
    roundId: null as string | null,
    title: '',
    requestedAmount: '' as number | string,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const create = useCreateCase();
  const set = (patch: Partial<typeof v>) => setV((p) => ({ ...p, ...patch }));
  const items = programs.data?.items ?? [];
  const program = items.find((p) => p.id === v.programId);
  const handleSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    const required = t('subsidies:caseForm.required');
    const missing: Record<string, string> = {};
    if (!v.tenantId) missing.tenantId = required;
    if (!v.programId) missing.programId = required;
    if (!v.roundId) missing.roundId = required;
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setProblem(null);
    const form = { setFieldError: (path: string, msg: string) => setErrors((p) => ({ ...p, [path]: msg })) };
    create.mutate(
      {
        tenantId: v.tenantId!,
        programId: v.programId!,
        roundId: v.roundId!,
        title: v.title.trim() || null,
        requestedAmount: v.requestedAmount === '' ? null : Number(v.requestedAmount),
      },
      {
        onSuccess: () => {
          notify('teal', t('subsidies:caseForm.created'));
          onClose();
        },
        onError: (error) =>
          setProblem(applyApiError(t, error, form, ['tenantId', 'programId', 'roundId', 'title', 'requestedAmount'])),
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': i18n.t('common:actions.close') }}
      title={t('subsidies:caseForm.title')}
      size="lg"
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('subsidies:caseForm.lead')}
          </Text>
          <TenantSelect
            label={t('subsidies:caseForm.tenant')}
            placeholder={t('subsidies:caseForm.tenantPlaceholder')}
            required
            value={v.tenantId}
            onChange={(x) => set({ tenantId: x })}
            error={errors.tenantId}
          />
          <Group grow align="flex-start">
            <Select
              label={t('subsidies:caseForm.program')}
              required
              searchable
              value={v.programId}
              onChange={(x) => set({ programId: x, roundId: null })}
              data={items.map((p) => ({ value: p.id, label: p.name }))}
              nothingFoundMessage={t('subsidies:programs.empty')}
              error={errors.programId}
            />
            <Select
              label={t('subsidies:caseForm.round')}
              required
              disabled={!program}
              value={v.roundId}
              onChange={(x) => set({ roundId: x })}
              data={(program?.rounds ?? []).map((r) => ({
                value: r.id,
                label: t('subsidies:caseForm.roundOption', {
                  name: r.name,
                  closesOn: formatDate(r.closesOn, lang),
                }),
              }))}
              nothingFoundMessage={t('subsidies:programs.noRounds')}
              error={errors.roundId}
            />
          </Group>
          <TextInput
            label={t('subsidies:caseForm.caseTitle')}
            placeholder={t('subsidies:caseForm.caseTitlePlaceholder')}
            value={v.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            error={errors.title}
          />
          <YenInput
            label={t('subsidies:caseForm.requestedAmount')}
            description={program ? t('subsidies:caseForm.maxHint', { max: formatYen(program.maxAmount) }) : undefined}
            value={v.requestedAmount}
            onChange={(x) => set({ requestedAmount: x })}
            error={errors.requestedAmount}
          />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('subsidies:caseForm.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
