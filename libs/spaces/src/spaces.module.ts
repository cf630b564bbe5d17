import { Module } from '@nestjs/common';
import { SpaceService } from './space.service';

/** Spaces (居室) and room types. */
@Module({ providers: [SpaceService], exports: [SpaceService] })
export class SpacesModule {}
