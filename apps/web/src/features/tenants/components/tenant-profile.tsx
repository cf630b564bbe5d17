import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import type { Tenant } from '../api/tenant-queries';

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

export function TenantProfile({ tenant }: { tenant: Tenant }) {
  const { t, i18n } = useTranslation('tenants');
  const lang = toLanguage(i18n.language);
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          {t('profile.title')}
        </Title>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
          <Field label={t('create.kind')} value={t(`kind.${tenant.kind}`)} />
          <Field label={t('profile.corporateNumber')} value={tenant.corporateNumber} />
          <Field label={t('profile.representative')} value={tenant.representative} />
          <Field label={t('profile.industry')} value={tenant.industry} />
          <Field label={t('profile.address')} value={tenant.address} />
          <Field label={t('profile.foundedOn')} value={formatDate(tenant.foundedOn, lang)} />
          <Field label={t('profile.employees')} value={tenant.employees} />
          <Field label={t('profile.enteredOn')} value={formatDate(tenant.enteredOn, lang)} />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          {t('profile.contacts')}
        </Title>
        <Table>
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
                <Table.Td>{c.role}</Table.Td>
                <Table.Td>{c.name}</Table.Td>
                <Table.Td>{c.email ?? '—'}</Table.Td>
                <Table.Td>{c.phone ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
