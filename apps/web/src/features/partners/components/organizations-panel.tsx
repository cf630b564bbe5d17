import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/form-dialog';
import { SimpleTable } from '@/components/table/simple-table';
import { notify } from '@/lib/notify';
import {
  ORGANIZATION_KINDS,
  useCreateOrganization,
  type Organization,
  type OrganizationKind,
} from '../api/partner-queries';

/** 支援機関: partner organisations with their contact people. */
export function OrganizationsPanel({ organizations, canEdit }: { organizations: Organization[]; canEdit: boolean }) {
  const { t } = useTranslation('partners');
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="sm">
      {canEdit && (
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setCreating(true)}>
            {t('organizations.add')}
          </Button>
        </Group>
      )}
      <SimpleTable
        caption={t('organizations.caption')}
        rows={organizations}
        rowKey={(o) => o.id}
        empty={t('organizations.empty')}
        columns={[
          {
            header: t('organizations.name'),
            cell: (o) => (
              <Text size="sm" fw={600}>
                {o.name}
              </Text>
            ),
          },
          { header: t('organizations.kind'), cell: (o) => t(`orgKind.${o.kind}`) },
          {
            header: t('organizations.contacts'),
            cell: (o) =>
              o.contacts.length === 0
                ? '—'
                : o.contacts.map((c) => (
                    <Text key={`${c.name}-${c.email ?? ''}`} size="sm">
                      {c.name}
                      {c.role ? `（${c.role}）` : ''} {c.email ?? ''} {c.phone ?? ''}
                    </Text>
                  )),
          },
        ]}
      />
      {creating && <CreateOrganizationDialog onClose={() => setCreating(false)} />}
    </Stack>
  );
}

const ORGANIZATION_FIELDS = [
  'name',
  'kind',
  'contacts.0.name',
  'contacts.0.role',
  'contacts.0.email',
  'contacts.0.phone',
];
/** The API takes a list of contacts; the dialog asks for the first one. */
const CONTACT_ALIASES = {
  'contacts.0.name': 'contact.name',
  'contacts.0.role': 'contact.role',
  'contacts.0.email': 'contact.email',
  'contacts.0.phone': 'contact.phone',
};

function CreateOrganizationDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['partners', 'common', 'errors']);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      name: '',
      kind: 'university' as OrganizationKind,
      contact: { name: '', role: '', email: '', phone: '' },
    },
    validate: { name: (v) => (v.trim() ? null : t('partners:create.required')) },
  });
  const create = useCreateOrganization();
  const handleSubmit = async ({ name, kind, contact }: typeof form.values) => {
    const contacts = contact.name
      ? [
          {
            name: contact.name,
            role: contact.role || undefined,
            email: contact.email || undefined,
            phone: contact.phone || undefined,
          },
        ]
      : [];
    await create.mutateAsync({ name, kind, contacts });
    notify('teal', t('partners:organizations.created'));
    onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('partners:organizations.add')}
      size="lg"
      form={form}
      fields={ORGANIZATION_FIELDS}
      fieldAliases={CONTACT_ALIASES}
      onSubmit={handleSubmit}
      submitLabel={t('partners:organizations.submit')}
    >
      <Group grow align="flex-start">
        <TextInput
          label={t('partners:organizations.name')}
          required
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <Select
          label={t('partners:organizations.kind')}
          allowDeselect={false}
          data={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`partners:orgKind.${k}`) }))}
          key={form.key('kind')}
          {...form.getInputProps('kind')}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t('partners:organizations.contactName')}
          key={form.key('contact.name')}
          {...form.getInputProps('contact.name')}
        />
        <TextInput
          label={t('partners:organizations.contactRole')}
          key={form.key('contact.role')}
          {...form.getInputProps('contact.role')}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          type="email"
          label={t('partners:organizations.contactEmail')}
          key={form.key('contact.email')}
          {...form.getInputProps('contact.email')}
        />
        <TextInput
          type="tel"
          label={t('partners:organizations.contactPhone')}
          key={form.key('contact.phone')}
          {...form.getInputProps('contact.phone')}
        />
      </Group>
    </FormDialog>
  );
}
