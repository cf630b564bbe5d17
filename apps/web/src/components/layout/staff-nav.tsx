import { NavLink, ScrollArea } from '@mantine/core';
import { Link, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can, type Me } from '@/lib/auth/roles';
import { STAFF_NAV, type NavItem } from './nav-items';

interface StaffNavProps {
  me: Me;
}

/** The staff menu: only what the user's roles may use is shown. */
export function StaffNav({ me }: StaffNavProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const isActive = (item: NavItem): boolean =>
    item.children
      ? item.children.some(isActive)
      : item.exact
        ? pathname === item.to
        : pathname === item.to || pathname.startsWith(`${item.to}/`);
  const visible = STAFF_NAV.filter((item) => can(me, item.area));
  return (
    <ScrollArea type="auto" style={{ flex: 1 }}>
      {visible.map((item) =>
        item.children ? (
          // A button, so the group opens from the keyboard (an <a> without href takes no focus).
          <NavLink
            component="button"
            type="button"
            key={item.key}
            label={t(`menu.${item.key}` as never)}
            defaultOpened={isActive(item)}
            childrenOffset="md"
          >
            {item.children.map((child) => (
              <NavLink
                component={Link}
                activeOptions={{ exact: true }}
                key={child.key}
                to={child.to}
                label={t(`menu.${child.key}` as never)}
                active={isActive(child)}
              />
            ))}
          </NavLink>
        ) : (
          <NavLink
            component={Link}
            activeOptions={{ exact: true }}
            key={item.key}
            to={item.to}
            label={t(`menu.${item.key}` as never)}
            active={isActive(item) && !(item.key === 'settings' && pathname.startsWith('/settings/users'))}
          />
        ),
      )}
    </ScrollArea>
  );
}
