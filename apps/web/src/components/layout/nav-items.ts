import type { LinkProps } from '@tanstack/react-router';
import type { Area } from '@/lib/auth/roles';

/** The staff menu from the product's "Words on screen": label keys in `common:menu`, area for the role check. */
export interface NavItem {
  key: string;
  to?: NonNullable<LinkProps['to']>;
  area: Area;
  exact?: boolean;
  children?: NavItem[];
}

export const STAFF_NAV: NavItem[] = [
  { key: 'home', to: '/', area: 'home', exact: true },
  { key: 'tenants', to: '/tenants', area: 'tenants' },
  { key: 'rooms', to: '/rooms', area: 'rooms' },
  { key: 'billing', to: '/billing', area: 'billing' },
  { key: 'payments', to: '/payments', area: 'payments' },
  {
    key: 'support',
    area: 'support',
    children: [
      { key: 'subsidies', to: '/support/subsidies', area: 'support' },
      { key: 'sessions', to: '/support/sessions', area: 'support' },
      { key: 'advisors', to: '/support/advisors', area: 'support' },
      { key: 'referrals', to: '/support/referrals', area: 'support' },
      { key: 'plans', to: '/support/plans', area: 'support' },
      { key: 'events', to: '/support/events', area: 'support' },
      { key: 'reminders', to: '/support/reminders', area: 'support' },
    ],
  },
  { key: 'reports', to: '/reports', area: 'reports' },
  { key: 'settings', to: '/settings', area: 'settings' },
  { key: 'users', to: '/settings/users', area: 'users' },
  { key: 'audit', to: '/audit', area: 'audit' },
];
