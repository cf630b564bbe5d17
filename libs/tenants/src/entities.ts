// The entity classes of this context, for libs/schema (the data source's entity list) and tests only.
// Other libraries reach this context through its index (services and plain types), never through these.
import { TenantContact } from './tenant-contact.entity';
import { Tenant } from './tenant.entity';

export { Tenant, TenantContact };

/** Every entity of this context, in the order libs/schema lists them. */
export const TENANTS_ENTITIES = [Tenant, TenantContact];
