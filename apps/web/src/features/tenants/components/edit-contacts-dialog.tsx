import { ActionIcon, Button, Group, Paper, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/form-dialog';
import type { Tenant } from '../api/tenant-queries';
import { CONTACT_ROLES, useUpdateTenant, type ContactInput } from '../api/update-tenant';

interface ContactRow {
  role: ContactInput['role'];
  name: string;
  nameKana: string;
  email: string;
  phone: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Edits the tenant's contacts: who represents it, who gets the invoices, who to call. */
export function EditContactsDialog({ tenant, onClose }: { tenant: Tenant; onClose: () => void }) {
  const { t } = useTranslation(['tenants', 'common', 'errors']);
  const form = useForm<{ contacts: ContactRow[] }>({
    mode: 'controlled',
    initialValues: {
      contacts: tenant.contacts.map((c) => ({
        role: c.role as ContactInput['role'],
        name: c.name,
        nameKana: c.nameKana ?? '',
        email: c.email ?? '',
        phone: c.phone ?? '',
      })),
    },
    validate: {
      contacts: {
        name: (v) => (v.trim() ? null : t('errors:codes.required')),
        email: (v) => (!v || EMAIL.test(v) ? null : t('errors:codes.email')),
      },
    },
  });
  const update = useUpdateTenant(tenant.id);
  const rows = form.values.contacts;
  const paths = rows.flatMap((_, i) => ['name', 'nameKana', 'email', 'phone', 'role'].map((f) => `contacts.${i}.${f}`));
  const handleSubmit = async (v: typeof form.values) => {
    const contacts = v.contacts.map((c) => ({
      role: c.role,
      name: c.name.trim(),
      ...(c.nameKana ? { nameKana: c.nameKana } : {}),
      ...(c.email ? { email: c.email } : {}),
      ...(c.phone ? { phone: c.phone } : {}),
    }));
    await update.mutateAsync({ contacts });
    notifications.show({
      color: 'teal',
      message: t('tenants:contacts.saved'),
      closeButtonProps: { 'aria-label': t('common:actions.close') },
    });
    onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('tenants:contacts.title', { name: tenant.name })}
      size="xl"
      form={form}
      fields={['contacts', ...paths]}
      onSubmit={handleSubmit}
      submitLabel={t('common:actions.save')}
    >
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('tenants:contacts.none')}
        </Text>
      )}
      {rows.map((_, i) => (
        <Paper key={form.key(`contacts.${i}`)} withBorder p="sm" radius="md">
          <Group justify="space-between" mb="xs">
            <Text size="sm" fw={600}>
              {t('tenants:contacts.number', { n: i + 1 })}
            </Text>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('tenants:contacts.remove', { n: i + 1 })}
              onClick={() => form.removeListItem('contacts', i)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('tenants:profile.contactRole')}
              allowDeselect={false}
              data={CONTACT_ROLES.map((r) => ({ value: r, label: t(`tenants:contactRole.${r}`) }))}
              {...form.getInputProps(`contacts.${i}.role`)}
            />
            <TextInput
              label={t('tenants:profile.contactName')}
              required
              maxLength={100}
              {...form.getInputProps(`contacts.${i}.name`)}
            />
            <TextInput
              label={t('tenants:contacts.nameKana')}
              maxLength={100}
              {...form.getInputProps(`contacts.${i}.nameKana`)}
            />
            <TextInput
              label={t('tenants:profile.email')}
              type="email"
              maxLength={254}
              {...form.getInputProps(`contacts.${i}.email`)}
            />
            <TextInput
              label={t('tenants:profile.phone')}
              type="tel"
              maxLength={32}
              {...form.getInputProps(`contacts.${i}.phone`)}
            />
          </SimpleGrid>
        </Paper>
      ))}
      {form.errors.contacts && (
        <Text size="sm" c="red" role="alert">
          {form.errors.contacts}
        </Text>
      )}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={rows.length >= 20}
          onClick={() =>
            form.insertListItem('contacts', {
              role: rows.length === 0 ? 'primary' : 'other',
              name: '',
              nameKana: '',
              email: '',
              phone: '',
            })
          }
        >
          {t('tenants:contacts.add')}
        </Button>
      </Group>
    </FormDialog>
  );
}
