import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import type { Tenant } from '../api/tenant-queries';
import { EditContactsDialog } from './edit-contacts-dialog';
import { EditProfileDialog } from './edit-profile-dialog';

function Field({ label, value }: { label: string; value: string | number | null | undefined }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm">{value === null || value === undefined || value === '' ? '—' : value}</Text>
    </div>
  );
}

function EditButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden />} onClick={onClick}>
      {label}
    </Button>
  );
}

export function TenantProfile({ tenant, canWrite = false }: { tenant: Tenant; canWrite?: boolean }) {
  const { t, i18n } = useTranslation('tenants');
  const lang = toLanguage(i18n.language);
  const [editing, setEditing] = useState<'profile' | 'contacts' | null>(null);
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {t('profile.title')}
          </Title>
          {canWrite && <EditButton label={t('profile.edit')} onClick={() => setEditing('profile')} />}
        </Group>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
          <Field label={t('create.kind')} value={t(`kind.${tenant.kind}`)} />
          <Field label={t('profile.corporateNumber')} value={tenant.corporateNumber} />
          <Field label={t('profile.representative')} value={tenant.representative} />
          <Field label={t('profile.industry')} value={tenant.industry} />
          <Field label={t('profile.address')} value={tenant.address} />
          <Field label={t('profile.foundedOn')} value={formatDate(tenant.foundedOn, lang)} />
          <Field label={t('profile.employees')} value={tenant.employees} />
          <Field label={t('profile.enteredOn')} value={formatDate(tenant.enteredOn, lang)} />
          <Field label={t('profile.website')} value={tenant.website} />
          <Field label={t('profile.manager')} value={tenant.managerName} />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {t('profile.contacts')}
          </Title>
          {canWrite && <EditButton label={t('contacts.edit')} onClick={() => setEditing('contacts')} />}
        </Group>
        <Table>
          <caption className="visually-hidden">{t('profile.contacts')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('profile.contactRole')}</Table.Th>
              <Table.Th>{t('profile.contactName')}</Table.Th>
              <Table.Th>{t('profile.email')}</Table.Th>
              <Table.Th>{t('profile.phone')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tenant.contacts.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{t(`contactRole.${c.role}` as never, { defaultValue: c.role })}</Table.Td>
                <Table.Td>{c.name}</Table.Td>
                <Table.Td>{c.email ?? '—'}</Table.Td>
                <Table.Td>{c.phone ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
            {tenant.contacts.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text size="sm" c="dimmed" ta="center">
                    {t('contacts.none')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Paper>
      {editing === 'profile' && <EditProfileDialog tenant={tenant} onClose={() => setEditing(null)} />}
      {editing === 'contacts' && <EditContactsDialog tenant={tenant} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
