import { Group, Select, Switch, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/form-dialog';
import { notify } from '@/lib/notify';
import { ADVISOR_KINDS, useSaveAdvisor, type Advisor } from '../api/advisor-queries';

interface AdvisorDialogProps {
  /** The advisor to change; none to register a new one. */
  advisor?: Advisor;
  organizations: { id: string; name: string }[];
  onClose: () => void;
}

const FIELDS = ['name', 'kind', 'organizationId', 'email', 'expertise'];

/** アドバイザーの登録・編集: name, kind, partner organisation, contact, expertise, whether they take bookings. */
export function AdvisorDialog({ advisor, organizations, onClose }: AdvisorDialogProps) {
  const { t } = useTranslation(['advisors', 'common', 'errors']);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      name: advisor?.name ?? '',
      kind: advisor?.kind ?? ('specialist' as Advisor['kind']),
      organizationId: advisor?.organizationId ?? null,
      email: advisor?.email ?? '',
      expertise: advisor?.expertise ?? [],
      active: advisor?.active ?? true,
    },
    validate: { name: (v) => (v.trim() ? null : t('advisors:form.required')) },
  });
  const save = useSaveAdvisor(advisor?.id ?? null);
  const handleSubmit = async (v: typeof form.values) => {
    const name = v.name.trim();
    await save.mutateAsync({
      name,
      kind: v.kind,
      organizationId: v.organizationId,
      email: v.email.trim() || null,
      expertise: v.expertise,
      active: v.active,
    });
    notify('teal', t(advisor ? 'advisors:form.updated' : 'advisors:form.created', { name }));
    onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={advisor ? t('advisors:form.editTitle', { name: advisor.name }) : t('advisors:form.title')}
      size="lg"
      form={form}
      fields={FIELDS}
      onSubmit={handleSubmit}
      submitLabel={advisor ? t('advisors:form.save') : t('advisors:form.create')}
    >
      <Group grow align="flex-start">
        <TextInput label={t('advisors:list.name')} required key={form.key('name')} {...form.getInputProps('name')} />
        <Select
          label={t('advisors:list.kind')}
          allowDeselect={false}
          data={ADVISOR_KINDS.map((k) => ({ value: k, label: t(`advisors:kind.${k}`) }))}
          key={form.key('kind')}
          {...form.getInputProps('kind')}
        />
      </Group>
      <Select
        label={t('advisors:list.organization')}
        description={t('advisors:form.organizationHint')}
        placeholder={t('advisors:list.ownFacility')}
        clearable
        searchable
        data={organizations.map((o) => ({ value: o.id, label: o.name }))}
        nothingFoundMessage="—"
        key={form.key('organizationId')}
        {...form.getInputProps('organizationId')}
      />
      <TagsInput
        label={t('advisors:list.expertise')}
        description={t('advisors:form.expertiseHint')}
        placeholder={t('advisors:form.expertisePlaceholder')}
        maxTags={30}
        clearable
        key={form.key('expertise')}
        {...form.getInputProps('expertise')}
      />
      <TextInput
        type="email"
        label={t('advisors:form.email')}
        key={form.key('email')}
        {...form.getInputProps('email')}
      />
      <Switch
        label={t('advisors:form.active')}
        description={t('advisors:form.activeHint')}
        key={form.key('active')}
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
    </FormDialog>
  );
}
