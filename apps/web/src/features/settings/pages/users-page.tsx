import { Badge, Group, Paper, Table } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { formatDateTime } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { usersQueries } from '../api/user-queries';

/** Staff users and their roles (facility admins only). Invitations and role changes come with Settings. */
export function UsersPage() {
  const { t, i18n } = useTranslation(['settings', 'common']);
  const { data } = useSuspenseQuery(usersQueries.list());
  const lang = toLanguage(i18n.language);
  return (
    <>
      <PageHeader title={t('users.title')} />
      <Paper withBorder>
        <Table striped>
          <caption className="visually-hidden">{t('users.title')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.name')}</Table.Th>
              <Table.Th>{t('users.email')}</Table.Th>
              <Table.Th>{t('users.roles')}</Table.Th>
              <Table.Th>{t('users.lastLogin')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{u.name}</Table.Td>
                <Table.Td>{u.email}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {u.roles.map((r) => (
                      <Badge key={r} variant="outline" color="teal.9">
                        {t(`common:roles.${r}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{formatDateTime(u.lastLoginAt as string | null, lang)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </>
  );
}
