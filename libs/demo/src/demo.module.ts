import { Module } from '@nestjs/common';
import { FacilitiesModule } from '@tamago/facilities';
import { IdentityModule } from '@tamago/identity';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [FacilitiesModule, IdentityModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class DemoModule {}
