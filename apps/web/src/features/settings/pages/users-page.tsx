import { Badge, Button, Group, Paper, Table } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { formatDateTime } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import type { User } from '../api/user-mutations';
import { usersQueries } from '../api/user-queries';
import { EditUserDialog } from '../components/edit-user-dialog';
import { InviteUserDialog } from '../components/invite-user-dialog';

const STATUS_COLORS: Record<string, string> = { active: 'teal', invited: 'blue', deactivated: 'gray' };

/** Staff users and their roles (facility admins only; the API refuses everyone else). */
export function UsersPage() {
  const { t, i18n } = useTranslation(['settings', 'common']);
  const { data } = useSuspenseQuery(usersQueries.list());
  const lang = toLanguage(i18n.language);
  const [inviting, inviteDialog] = useDisclosure();
  const [editing, setEditing] = useState<User | null>(null);
  const actions = (
    <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={inviteDialog.open}>
      {t('users.invite')}
    </Button>
  );
  return (
    <>
      <PageHeader title={t('users.title')} description={t('users.description')} actions={actions} />
      <Paper withBorder>
        <Table striped>
          <caption className="visually-hidden">{t('users.title')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.name')}</Table.Th>
              <Table.Th>{t('users.email')}</Table.Th>
              <Table.Th>{t('users.roles')}</Table.Th>
              <Table.Th>{t('users.status')}</Table.Th>
              <Table.Th>{t('users.lastLogin')}</Table.Th>
              <Table.Th>
                <span className="visually-hidden">{t('users.actions')}</span>
              </Table.Th>
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
                <Table.Td>
                  <Badge color={STATUS_COLORS[u.status]} variant="dot">
                    {t(`users.statuses.${u.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{formatDateTime(u.lastLoginAt as string | null, lang)}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setEditing(u)}
                    aria-label={t('users.editFor', { name: u.name })}
                  >
                    {t('users.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {inviting && <InviteUserDialog onClose={inviteDialog.close} />}
      {editing && <EditUserDialog user={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
