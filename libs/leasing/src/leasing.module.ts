import { Module } from '@nestjs/common';
import { SpacesModule } from '@tamago/spaces';
import { LeaseService } from './lease.service';
import { OccupancyService } from './occupancy.service';

/** Leases, occupancy and tenure. */
@Module({
  imports: [SpacesModule],
  providers: [LeaseService, OccupancyService],
  exports: [LeaseService, OccupancyService],
})
export class LeasingModule {}
