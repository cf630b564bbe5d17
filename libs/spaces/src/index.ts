export { RoomType } from './room-type.entity';
export { Space, SpaceStatus, SPACE_STATUSES } from './space.entity';
