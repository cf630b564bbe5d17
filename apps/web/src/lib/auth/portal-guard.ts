import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import { meQuery } from './auth-api';
import { isStaff, type Me } from './roles';

/** The portal layout's guard: a session of a tenant user; staff are sent to the staff home. */
export async function requireTenantUser(queryClient: QueryClient, href: string): Promise<Me & { tenantId: string }> {
  const me = await queryClient.ensureQueryData(meQuery);
  if (!me) throw redirect({ to: '/login', search: { redirect: href } });
  if (isStaff(me) || !me.tenantId) throw redirect({ to: '/' });
  return me as Me & { tenantId: string };
}

/** Where a tenant user lands on a staff URL: the portal home for the app's root, else "not available". */
export function portalPathFor(pathname: string): '/portal' | '/portal/not-available' {
  return pathname === '/' || pathname === '' ? '/portal' : '/portal/not-available';
}
