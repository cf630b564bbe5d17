import { Badge, NavLink, Stack } from '@mantine/core';
import {
  IconBell,
  IconBuilding,
  IconCalendarEvent,
  IconClipboardList,
  IconCoin,
  IconHome,
  IconMessages,
  IconUserCircle,
  IconFileDollar,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, type LinkProps } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationQueries } from '../api/notification-queries';

interface PortalNavItem {
  key: 'home' | 'company' | 'invoices' | 'sessions' | 'subsidies' | 'surveys' | 'events' | 'notifications' | 'account';
  to: NonNullable<LinkProps['to']>;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;
}

/** The portal menu from the product's "Words on screen". */
export const PORTAL_NAV: PortalNavItem[] = [
  { key: 'home', to: '/portal', icon: IconHome },
  { key: 'company', to: '/portal/company', icon: IconBuilding },
  { key: 'invoices', to: '/portal/invoices', icon: IconFileDollar },
  { key: 'sessions', to: '/portal/sessions', icon: IconMessages },
  { key: 'subsidies', to: '/portal/subsidies', icon: IconCoin },
  { key: 'surveys', to: '/portal/surveys', icon: IconClipboardList },
  { key: 'events', to: '/portal/events', icon: IconCalendarEvent },
  { key: 'notifications', to: '/portal/notifications', icon: IconBell },
  { key: 'account', to: '/portal/account', icon: IconUserCircle },
];

interface PortalNavProps {
  onNavigate?: () => void;
}

export function PortalNav({ onNavigate }: PortalNavProps) {
  const { t } = useTranslation('portal');
  const { pathname } = useLocation();
  const unread = useQuery(notificationQueries.unread()).data?.unread ?? 0;
  return (
    <Stack gap={2}>
      {PORTAL_NAV.map(({ key, to, icon: Icon }) => (
        <NavLink
          key={key}
          component={Link}
          to={to}
          onClick={onNavigate}
          label={t(`menu.${key}`)}
          leftSection={<Icon size={18} aria-hidden />}
          active={to === '/portal' ? pathname === '/portal' || pathname === '/portal/' : pathname.startsWith(to)}
          rightSection={
            key === 'notifications' && unread > 0 ? (
              <Badge size="sm" color="red.9" circle aria-label={t('menu.unread', { count: unread })}>
                {unread}
              </Badge>
            ) : undefined
          }
        />
      ))}
    </Stack>
  );
}
