import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '@/lib/forms/api-errors';
import { EDITABLE_FIELDS, useUpdateCompany, type CompanyUpdate } from '../api/company-mutations';
import type { Tenant } from '../api/portal-queries';

const ROLES = ['representative', 'primary', 'billing', 'technical', 'other'] as const;
type ContactRole = (typeof ROLES)[number];

interface ContactRow {
  role: ContactRole;
  name: string;
  nameKana: string;
  email: string;
  phone: string;
}

interface Values {
  representative: string;
  address: string;
  industry: string;
  employees: number | string;
  website: string;
  contacts: ContactRow[];
}

const valuesOf = (t: Tenant): Values => ({
  representative: t.representative ?? '',
  address: t.address ?? '',
  industry: t.industry ?? '',
  employees: t.employees ?? '',
  website: t.website ?? '',
  contacts: t.contacts.map((c) => ({
    role: (ROLES as readonly string[]).includes(c.role) ? (c.role as ContactRole) : 'other',
    name: c.name,
    nameKana: c.nameKana ?? '',
    email: c.email ?? '',
    phone: c.phone ?? '',
  })),
});

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The fields a tenant admin may change, with the contacts; the API checks the same list. */
export function CompanyForm({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation('portal');
  const save = useUpdateCompany(tenant.id);
  const [alert, setAlert] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({ initialValues: valuesOf(tenant) });
  const known = [
    ...EDITABLE_FIELDS,
    ...form.values.contacts.flatMap((_, i) => ['name', 'email', 'phone', 'nameKana'].map((f) => `contacts.${i}.${f}`)),
  ];
  const handleSubmit = form.onSubmit((v) => {
    setAlert(null);
    setSaved(false);
    const body: CompanyUpdate = {
      representative: orNull(v.representative),
      address: orNull(v.address),
      industry: orNull(v.industry),
      employees: v.employees === '' ? null : Number(v.employees),
      website: orNull(v.website),
      contacts: v.contacts.map((c) => ({
        role: c.role,
        name: c.name.trim(),
        ...(c.nameKana.trim() ? { nameKana: c.nameKana.trim() } : {}),
        ...(c.email.trim() ? { email: c.email.trim() } : {}),
        ...(c.phone.trim() ? { phone: c.phone.trim() } : {}),
      })),
    } as CompanyUpdate;
    save.mutate(body, {
      onSuccess: (next) => {
        form.setInitialValues(valuesOf(next));
        form.resetDirty();
        setSaved(true);
      },
      onError: (e) => setAlert(applyApiError(t, e, form, known)),
    });
  });
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <TextInput label={t('company.representative')} {...form.getInputProps('representative')} />
        <TextInput label={t('company.address')} {...form.getInputProps('address')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('company.industry')} {...form.getInputProps('industry')} />
          <NumberInput
            label={t('company.employees')}
            min={0}
            allowDecimal={false}
            {...form.getInputProps('employees')}
          />
        </SimpleGrid>
        <TextInput label={t('company.website')} type="url" {...form.getInputProps('website')} />
        <Text fw={700} mt="sm">
          {t('company.contacts')}
        </Text>
        {form.values.contacts.length === 0 && <Text c="dimmed">{t('company.noContacts')}</Text>}
        {form.values.contacts.map((_, i) => (
          <Paper key={i} withBorder p="sm" radius="md" component="fieldset" m={0}>
            <Group justify="space-between" mb="xs">
              <Text component="legend" fw={600} size="sm" p={0}>
                {t('company.contactN', { n: i + 1 })}
              </Text>
              <ActionIcon
                variant="subtle"
                color="red.9"
                c="red.9"
                aria-label={t('company.removeContact', { n: i + 1 })}
                onClick={() => form.removeListItem('contacts', i)}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label={t('company.contactRole')}
                data={ROLES.map((r) => ({ value: r, label: t(`company.roles.${r}`) }))}
                allowDeselect={false}
                {...form.getInputProps(`contacts.${i}.role`)}
              />
              <TextInput label={t('company.contactName')} required {...form.getInputProps(`contacts.${i}.name`)} />
              <TextInput label={t('company.contactKana')} {...form.getInputProps(`contacts.${i}.nameKana`)} />
              <TextInput
                label={t('company.contactEmail')}
                type="email"
                {...form.getInputProps(`contacts.${i}.email`)}
              />
              <TextInput label={t('company.contactPhone')} type="tel" {...form.getInputProps(`contacts.${i}.phone`)} />
            </SimpleGrid>
          </Paper>
        ))}
        <Button
          variant="outline"
          leftSection={<IconPlus size={16} aria-hidden />}
          w="fit-content"
          onClick={() =>
            form.insertListItem('contacts', { role: 'primary', name: '', nameKana: '', email: '', phone: '' })
          }
        >
          {t('company.addContact')}
        </Button>
        {alert && (
          <Alert color="red" role="alert">
            {alert}
          </Alert>
        )}
        {saved && (
          <Alert color="teal" role="status">
            {t('company.saved')}
          </Alert>
        )}
        <Button type="submit" loading={save.isPending} w="fit-content">
          {t('company.save')}
        </Button>
      </Stack>
    </form>
  );
}
