import type { EventKind } from './event.entity';

export interface EventInput {
  kind: EventKind;
  title: string;
  description?: string | null;
  startsAt: string;
  endsAt: string;
  venue?: string | null;
  coHostIds?: string[];
  capacity?: number | null;
  waitlistEnabled?: boolean;
}

export interface EventListQuery {
  kind?: EventKind;
  from?: string;
  to?: string;
  q?: string;
  limit: number;
  offset: number;
}

/** Who registers: a portal user for themselves, or staff for a tenant's person or an outside guest. */
export interface RegistrationInput {
  tenantId?: string;
  attendeeName?: string;
  email?: string;
  guest?: { name: string; company?: string | null; email: string };
}

/** The caller as registration needs it: tenant users are confined to their own tenant. */
export interface Registrant {
  userId: string;
  email: string;
  /** Set for tenant users: they register only themselves, for their own tenant. */
  ownTenantId: string | null;
}

export interface RegistrationListQuery {
  status?: 'confirmed' | 'waitlisted' | 'cancelled';
  limit: number;
  offset: number;
}
