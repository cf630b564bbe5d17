import type { ContactRole } from './tenant-contact.entity';
import type { ScreeningReview, TenantKind, TenantStatus } from './domain';

/** A contact person as given by a caller. */
export interface ContactInput {
  role: ContactRole;
  name: string;
  nameKana?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** Fields a tenant's own users may change (self-service portal). */
export const TENANT_OWNED_FIELDS = [
  'representative',
  'address',
  'website',
  'industry',
  'employees',
  'contacts',
] as const;

/** Everything a tenant record holds that a caller can set. */
export interface TenantFields {
  kind: TenantKind;
  name: string;
  nameKana: string;
  tradeName?: string | null;
  corporateNumber?: string | null;
  representative?: string | null;
  address?: string | null;
  industry?: string | null;
  foundedOn?: string | null;
  employees?: number | null;
  website?: string | null;
  tags?: string[];
  managerId?: string | null;
  contacts?: ContactInput[];
}

/** A new tenant; `status` lets existing tenants be onboarded as active. */
export interface NewTenant extends TenantFields {
  status?: TenantStatus;
  enteredOn?: string | null;
}

/** A partial change. */
export type TenantPatch = Partial<TenantFields>;

/** A status change with the details the target status records. */
export interface TenantTransition {
  to: TenantStatus;
  reviews?: ScreeningReview[];
  decidedOn?: string;
  enteredOn?: string;
  graduatedOn?: string;
  withdrawnOn?: string;
  reason?: string;
  destination?: string;
}

/** List filters. */
export interface TenantListQuery {
  q?: string;
  status?: TenantStatus;
  kind?: TenantKind;
  tag?: string;
  managerId?: string;
  archived?: boolean;
  sort?: string;
  limit: number;
  offset: number;
}
