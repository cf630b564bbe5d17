import { Button, Menu } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tenant, TenantStatus } from '../api/tenant-queries';
import { NEXT_STATUSES } from '../api/tenant-transition';
import { LifecycleDialog } from './lifecycle-dialog';

/** Only the steps allowed from the tenant's current status are offered. */
export function LifecycleMenu({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation('tenants');
  const [to, setTo] = useState<TenantStatus | null>(null);
  const next = NEXT_STATUSES[tenant.status];
  if (next.length === 0) return null;
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button rightSection={<IconChevronDown size={16} aria-hidden />}>{t('lifecycle.label')}</Button>
        </Menu.Target>
        <Menu.Dropdown>
          {next.map((s) => (
            <Menu.Item
              key={s}
              onClick={() => setTo(s)}
              color={s === 'withdrawn' || s === 'rejected' ? 'red' : undefined}
            >
              {t(`lifecycle.to.${s}` as never)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {to && <LifecycleDialog tenant={tenant} to={to} onClose={() => setTo(null)} />}
    </>
  );
}
