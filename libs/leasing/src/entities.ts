// The entity classes of this context, for libs/schema (the data source's entity list) and tests only.
// Other libraries reach this context through its index (services and plain types), never through these.
import { LeaseSpace } from './lease-space.entity';
import { Lease } from './lease.entity';
import { LeasingSettings } from './leasing-settings.entity';

export { Lease, LeaseSpace, LeasingSettings };

/** Every entity of this context, in the order libs/schema lists them. */
export const LEASING_ENTITIES = [Lease, LeaseSpace, LeasingSettings];
