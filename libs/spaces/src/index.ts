export { type RoomType } from './room-type.entity';
export { type Space, SpaceStatus, SPACE_STATUSES } from './space.entity';
export { SpaceService } from './space.service';
export { SpacesModule } from './spaces.module';
export * from './space-input';
export { normalizeAreaSqm } from './area';
