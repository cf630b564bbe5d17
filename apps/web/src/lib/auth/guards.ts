import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import { meQuery } from './auth-api';
import { portalPathFor } from './portal-guard';
import { can, isStaff, type Area, type Me } from './roles';

/** Thrown by a route guard when the user's roles do not cover the area; routes render the 403 state. */
export class ForbiddenError extends Error {
  constructor(readonly area: Area) {
    super(`forbidden: ${area}`);
    this.name = 'ForbiddenError';
  }
}

/** Only paths inside the app may be redirected back to (never `//evil.example` or `https://…`). */
export function safeRedirect(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : undefined;
}

/** The staff layout's guard: a session, and a staff role (tenant users get the portal's "not available" page). */
export async function requireStaff(queryClient: QueryClient, href: string): Promise<Me> {
  const me = await queryClient.ensureQueryData(meQuery);
  if (!me) throw redirect({ to: '/login', search: { redirect: href } });
  if (!isStaff(me)) throw redirect({ to: portalPathFor(new URL(href, 'http://app').pathname) });
  return me;
}

/** An area's guard. A route guard is not the authorization boundary: the API refuses the call as well. */
export async function requireArea(queryClient: QueryClient, area: Area): Promise<void> {
  const me = await queryClient.ensureQueryData(meQuery);
  if (!can(me, area)) throw new ForbiddenError(area);
}
