import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '@/components/use-return-focus';
import { SimpleTable } from '@/components/table/simple-table';
import { applyApiError } from '@/lib/forms/api-errors';
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

function CreateOrganizationDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['partners', 'common', 'errors']);
  useReturnFocus();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganizationKind>('university');
  const [contact, setContact] = useState({ name: '', role: '', email: '', phone: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateOrganization();
  const handleSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setErrors({ name: t('partners:create.required') });
      return;
    }
    setErrors({});
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
    const form = { setFieldError: (path: string, msg: string) => setErrors((p) => ({ ...p, [path]: msg })) };
    create.mutate(
      { name, kind, contacts },
      {
        onSuccess: () => {
          notify('teal', t('partners:organizations.created'));
          onClose();
        },
        onError: (error) =>
          setProblem(applyApiError(t, error, form, ['name', 'kind', 'contacts.0.email', 'contacts.0.phone'])),
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': i18n.t('common:actions.close') }}
      title={t('partners:organizations.add')}
      size="lg"
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <Group grow>
            <TextInput
              label={t('partners:organizations.name')}
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
            />
            <Select
              label={t('partners:organizations.kind')}
              allowDeselect={false}
              value={kind}
              onChange={(v) => v && setKind(v as OrganizationKind)}
              data={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`partners:orgKind.${k}`) }))}
            />
          </Group>
          <Group grow>
            <TextInput
              label={t('partners:organizations.contactName')}
              value={contact.name}
              onChange={(e) => setContact({ ...contact, name: e.currentTarget.value })}
            />
            <TextInput
              label={t('partners:organizations.contactRole')}
              value={contact.role}
              onChange={(e) => setContact({ ...contact, role: e.currentTarget.value })}
            />
          </Group>
          <Group grow>
            <TextInput
              type="email"
              label={t('partners:organizations.contactEmail')}
              value={contact.email}
              onChange={(e) => setContact({ ...contact, email: e.currentTarget.value })}
              error={errors['contacts.0.email']}
            />
            <TextInput
              type="tel"
              label={t('partners:organizations.contactPhone')}
              value={contact.phone}
              onChange={(e) => setContact({ ...contact, phone: e.currentTarget.value })}
              error={errors['contacts.0.phone']}
            />
          </Group>
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
              {t('partners:organizations.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
