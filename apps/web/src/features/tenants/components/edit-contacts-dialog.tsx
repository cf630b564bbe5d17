import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '@/components/use-return-focus';
import { applyApiError } from '@/lib/forms/api-errors';
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
  useReturnFocus();
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
  const [problem, setProblem] = useState<string | null>(null);
  const update = useUpdateTenant(tenant.id);
  const rows = form.values.contacts;
  const paths = rows.flatMap((_, i) => ['name', 'nameKana', 'email', 'phone', 'role'].map((f) => `contacts.${i}.${f}`));
  const handleSubmit = form.onSubmit(
    (v) => {
      setProblem(null);
      const contacts = v.contacts.map((c) => ({
        role: c.role,
        name: c.name.trim(),
        ...(c.nameKana ? { nameKana: c.nameKana } : {}),
        ...(c.email ? { email: c.email } : {}),
        ...(c.phone ? { phone: c.phone } : {}),
      }));
      update.mutate(
        { contacts },
        {
          onSuccess: () => {
            notifications.show({
              color: 'teal',
              message: t('tenants:contacts.saved'),
              closeButtonProps: { 'aria-label': t('common:actions.close') },
            });
            onClose();
          },
          onError: (e) => setProblem(applyApiError(t, e, form, ['contacts', ...paths])),
        },
      );
    },
    (errors) => form.getInputNode(Object.keys(errors)[0] ?? '')?.focus(),
  );
  return (
    <Modal opened onClose={onClose} title={t('tenants:contacts.title', { name: tenant.name })} size="xl">
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
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
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
