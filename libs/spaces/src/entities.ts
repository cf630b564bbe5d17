// The entity classes of this context, for libs/schema (the data source's entity list) and tests only.
// Other libraries reach this context through its index (services and plain types), never through these.
import { RoomType } from './room-type.entity';
import { Space } from './space.entity';

export { RoomType, Space };

/** Every entity of this context, in the order libs/schema lists them. */
export const SPACES_ENTITIES = [RoomType, Space];
