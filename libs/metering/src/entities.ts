// The entity classes of this context, for libs/schema (the data source's entity list) and tests only.
// Other libraries reach this context through its index (services and plain types), never through these.
import { ApiKey } from './api-key.entity';
import { MeterReading } from './meter-reading.entity';
import { MeteringSettings } from './metering-settings.entity';

export { MeterReading, ApiKey, MeteringSettings };

/** Every entity of this context, in the order libs/schema lists them. */
export const METERING_ENTITIES = [MeterReading, ApiKey, MeteringSettings];
