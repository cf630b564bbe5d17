import { AppShell, Box, Burger, Button, Divider, Group, Image, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { UserMenu } from '@/components/layout/user-menu';
import { logout } from '@/lib/auth/auth-api';
import type { Me } from '@/lib/auth/roles';
import { toLanguage } from '@/lib/i18n/i18n';
import { PortalNav } from './portal-nav';

let accountLanguageApplied = false;

interface PortalShellProps {
  me: Me;
  children: ReactNode;
}

/** The tenant portal's frame: on a phone the menu folds behind the burger and the account sits in the menu. */
export function PortalShell({ me, children }: PortalShellProps) {
  const { t, i18n } = useTranslation('portal');
  const { t: tc } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // The account's language wins once per page load (it is also the language of mails).
  useEffect(() => {
    if (accountLanguageApplied) return;
    accountLanguageApplied = true;
    const saved = toLanguage(me.locale);
    if (saved !== toLanguage(i18n.language)) void i18n.changeLanguage(saved);
  }, [me.locale, i18n]);
  const handleLogout = async () => {
    await logout().catch(() => undefined);
    queryClient.clear();
    await navigate({ to: '/login' });
  };
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        {tc('skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('menu.label')} />
            <Link to="/portal" style={{ textDecoration: 'none', color: 'var(--mantine-color-teal-9)' }}>
              <Group gap={6} wrap="nowrap">
                <Image src="/favicon.svg" alt="" w={24} h={24} />
                <Text fw={800} size="lg">
                  {tc('appName')}
                </Text>
                <Text size="sm" c="dimmed" visibleFrom="xs">
                  {t('portalName')}
                </Text>
              </Group>
            </Link>
          </Group>
          <Group gap="md" wrap="nowrap">
            <LanguageSwitch remember />
            <Box visibleFrom="sm">
              <UserMenu me={me} />
            </Box>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('menu.label')}>
        <AppShell.Section grow>
          <PortalNav onNavigate={close} />
        </AppShell.Section>
        <AppShell.Section hiddenFrom="sm">
          <Divider my="xs" />
          <Text size="sm" px="sm" fw={600}>
            {me.name}
          </Text>
          <Button
            variant="subtle"
            color="gray"
            fullWidth
            justify="flex-start"
            leftSection={<IconLogout size={16} aria-hidden />}
            onClick={() => void handleLogout()}
          >
            {t('menu.logout')}
          </Button>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} bg="gray.0">
        <Box maw={960} mx="auto">
          {children}
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
