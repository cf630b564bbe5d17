import { Module } from '@nestjs/common';
import { SpacesModule } from '@tamago/spaces';
import { TenantsModule } from '@tamago/tenants';
import { LeaseLookup } from './lease-lookup.service';
import { LeaseService } from './lease.service';
import { OccupancyService } from './occupancy.service';

/** Leases, occupancy and tenure. */
@Module({
  imports: [SpacesModule, TenantsModule],
  providers: [LeaseService, OccupancyService, LeaseLookup],
  exports: [LeaseService, OccupancyService, LeaseLookup],
})
export class LeasingModule {}
