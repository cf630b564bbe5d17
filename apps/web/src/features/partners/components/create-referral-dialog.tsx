import { Alert, Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import { TenantSelect } from '@/components/form/tenant-select';
import { applyApiError } from '@/lib/forms/api-errors';
import { notify } from '@/lib/notify';
import { useCreateReferral, type Organization } from '../api/partner-queries';

const METHODS = ['written', 'email', 'verbal', 'portal'] as const;

interface CreateReferralDialogProps {
  organizations: Organization[];
  onClose: () => void;
}

/** 紹介を登録: a tenant handed to a partner for a need, with the company's consent to share its details. */
export function CreateReferralDialog({ organizations, onClose }: CreateReferralDialogProps) {
  const { t } = useTranslation(['partners', 'common', 'errors']);
  const [v, setV] = useState({
    tenantId: null as string | null,
    organizationId: null as string | null,
    direction: 'outbound' as 'outbound' | 'inbound',
    need: '',
    givenBy: '',
    method: 'written' as (typeof METHODS)[number],
    staffNotes: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const create = useCreateReferral();
  const set = (patch: Partial<typeof v>) => setV((p) => ({ ...p, ...patch }));
  const handleSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!v.tenantId) missing.tenantId = t('partners:create.required');
    if (!v.organizationId) missing.organizationId = t('partners:create.required');
    if (!v.need.trim()) missing.need = t('partners:create.required');
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setProblem(null);
    const form = { setFieldError: (path: string, msg: string) => setErrors((p) => ({ ...p, [path]: msg })) };
    create.mutate(
      {
        tenantId: v.tenantId!,
        organizationId: v.organizationId!,
        direction: v.direction,
        need: v.need,
        consent: v.givenBy ? { givenBy: v.givenBy, method: v.method, givenAt: new Date().toISOString() } : undefined,
        staffNotes: v.staffNotes || undefined,
      },
      {
        onSuccess: () => {
          notify('teal', t('partners:create.done'));
          onClose();
        },
        onError: (error) => setProblem(applyApiError(t, error, form, ['tenantId', 'organizationId', 'need'])),
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': i18n.t('common:actions.close') }}
      title={t('partners:create.title')}
      size="lg"
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <TenantSelect
            label={t('partners:referrals.tenant')}
            required
            value={v.tenantId}
            onChange={(x) => set({ tenantId: x })}
            error={errors.tenantId}
          />
          <Group grow>
            <Select
              label={t('partners:referrals.organization')}
              required
              searchable
              value={v.organizationId}
              onChange={(x) => set({ organizationId: x })}
              data={organizations.map((o) => ({ value: o.id, label: o.name }))}
              error={errors.organizationId}
            />
            <Select
              label={t('partners:referrals.direction')}
              allowDeselect={false}
              value={v.direction}
              onChange={(x) => x && set({ direction: x as 'outbound' | 'inbound' })}
              data={(['outbound', 'inbound'] as const).map((d) => ({ value: d, label: t(`partners:direction.${d}`) }))}
            />
          </Group>
          <Textarea
            label={t('partners:referrals.need')}
            required
            autosize
            minRows={2}
            value={v.need}
            onChange={(e) => set({ need: e.currentTarget.value })}
            error={errors.need}
          />
          <Group grow>
            <TextInput
              label={t('partners:create.consentBy')}
              description={t('partners:create.consentHint')}
              value={v.givenBy}
              onChange={(e) => set({ givenBy: e.currentTarget.value })}
            />
            <Select
              label={t('partners:create.consentMethod')}
              allowDeselect={false}
              value={v.method}
              onChange={(x) => x && set({ method: x as (typeof METHODS)[number] })}
              data={METHODS.map((m) => ({ value: m, label: t(`partners:consentMethod.${m}`) }))}
            />
          </Group>
          <Textarea
            label={t('partners:create.staffNotes')}
            autosize
            minRows={2}
            value={v.staffNotes}
            onChange={(e) => set({ staffNotes: e.currentTarget.value })}
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
              {t('partners:create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
