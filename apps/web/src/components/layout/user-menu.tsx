import { Avatar, Button, Menu, Text } from '@mantine/core';
import { IconLogout, IconDevices } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { logout } from '@/lib/auth/auth-api';
import type { Me } from '@/lib/auth/roles';

interface UserMenuProps {
  me: Me;
}

export function UserMenu({ me }: UserMenuProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const handleLogout = async (everywhere: boolean) => {
    await logout(everywhere).catch(() => undefined);
    queryClient.clear();
    await navigate({ to: '/login' });
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          leftSection={<Avatar size="sm" name={me.name} color="teal" variant="filled" />}
        >
          {me.name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="xs">{me.email}</Text>
          <Text size="xs">{me.roles.map((r) => t(`roles.${r}` as never)).join('・')}</Text>
        </Menu.Label>
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void handleLogout(false)}>
          {t('user.logout')}
        </Menu.Item>
        <Menu.Item leftSection={<IconDevices size={16} aria-hidden />} onClick={() => void handleLogout(true)}>
          {t('user.logoutEverywhere')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
