import { AppShell, Burger, Group, Image, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from '@tanstack/react-router';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '@/lib/auth/roles';
import { toLanguage } from '@/lib/i18n/i18n';
import { LanguageSwitch } from './language-switch';
import { StaffNav } from './staff-nav';
import { UserMenu } from './user-menu';

let accountLanguageApplied = false;

interface StaffShellProps {
  me: Me;
  children: ReactNode;
}

/** The staff workspace frame: header with language and account, the menu on the left, the page. */
export function StaffShell({ me, children }: StaffShellProps) {
  const { t, i18n } = useTranslation();
  const [opened, { toggle }] = useDisclosure();
  // On page load the language chosen on the account wins over this browser's last one (it is also the
  // language of mails); once, so a switch made afterwards is not undone while it is being saved.
  useEffect(() => {
    if (accountLanguageApplied) return;
    accountLanguageApplied = true;
    const saved = toLanguage(me.locale);
    if (saved !== toLanguage(i18n.language)) void i18n.changeLanguage(saved);
  }, [me.locale, i18n]);
  return (
    <AppShell
      className="staff-shell"
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('menu.label')} />
            <Link to="/" style={{ textDecoration: 'none' }}>
              <Group gap={6} wrap="nowrap">
                <Image src="/favicon.svg" alt="" w={24} h={24} />
                <Text fw={800} size="lg" c="teal.9">
                  {t('appName')}
                </Text>
              </Group>
            </Link>
          </Group>
          <Group gap="md" wrap="nowrap">
            <LanguageSwitch remember />
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('menu.label')}>
        <StaffNav me={me} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} bg="gray.0">
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
