import { Group, Select, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/form-dialog';
import { TenantSelect } from '@/components/form/tenant-select';
import { notify } from '@/lib/notify';
import { useCreateReferral, type Organization } from '../api/partner-queries';

const METHODS = ['written', 'email', 'verbal', 'portal'] as const;
const FIELDS = ['tenantId', 'organizationId', 'need'];

interface Values {
  tenantId: string | null;
  organizationId: string | null;
  direction: 'outbound' | 'inbound';
  need: string;
  givenBy: string;
  method: (typeof METHODS)[number];
  staffNotes: string;
}

interface CreateReferralDialogProps {
  organizations: Organization[];
  onClose: () => void;
}

/** 紹介を登録: a tenant handed to a partner for a need, with the company's consent to share its details. */
export function CreateReferralDialog({ organizations, onClose }: CreateReferralDialogProps) {
  const { t } = useTranslation(['partners', 'common', 'errors']);
  const required = (x: string | null) => (x && x.trim() ? null : t('partners:create.required'));
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      tenantId: null,
      organizationId: null,
      direction: 'outbound',
      need: '',
      givenBy: '',
      method: 'written',
      staffNotes: '',
    },
    validate: { tenantId: required, organizationId: required, need: required },
  });
  const create = useCreateReferral();
  const handleSubmit = async (v: Values) => {
    await create.mutateAsync({
      tenantId: v.tenantId!,
      organizationId: v.organizationId!,
      direction: v.direction,
      need: v.need,
      consent: v.givenBy ? { givenBy: v.givenBy, method: v.method, givenAt: new Date().toISOString() } : undefined,
      staffNotes: v.staffNotes || undefined,
    });
    notify('teal', t('partners:create.done'));
    onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('partners:create.title')}
      size="lg"
      form={form}
      fields={FIELDS}
      onSubmit={handleSubmit}
      submitLabel={t('partners:create.submit')}
    >
      <TenantSelect label={t('partners:referrals.tenant')} required {...form.getInputProps('tenantId')} />
      <Group grow>
        <Select
          label={t('partners:referrals.organization')}
          required
          searchable
          data={organizations.map((o) => ({ value: o.id, label: o.name }))}
          {...form.getInputProps('organizationId')}
        />
        <Select
          label={t('partners:referrals.direction')}
          allowDeselect={false}
          data={(['outbound', 'inbound'] as const).map((d) => ({ value: d, label: t(`partners:direction.${d}`) }))}
          {...form.getInputProps('direction')}
        />
      </Group>
      <Textarea label={t('partners:referrals.need')} required autosize minRows={2} {...form.getInputProps('need')} />
      <Group grow>
        <TextInput
          label={t('partners:create.consentBy')}
          description={t('partners:create.consentHint')}
          {...form.getInputProps('givenBy')}
        />
        <Select
          label={t('partners:create.consentMethod')}
          allowDeselect={false}
          data={METHODS.map((m) => ({ value: m, label: t(`partners:consentMethod.${m}`) }))}
          {...form.getInputProps('method')}
        />
      </Group>
      <Textarea label={t('partners:create.staffNotes')} autosize minRows={2} {...form.getInputProps('staffNotes')} />
    </FormDialog>
  );
}
