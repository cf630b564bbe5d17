// The entity classes of this context, for libs/schema (the data source's entity list) and tests only.
// Other libraries reach this context through its index (services and plain types), never through these.
import { Facility } from './facility.entity';

export { Facility };

/** Every entity of this context, in the order libs/schema lists them. */
export const FACILITIES_ENTITIES = [Facility];
