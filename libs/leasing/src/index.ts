export * from './domain';
export { Lease, RescreeningRecord, DepositSettlement } from './lease.entity';
export { LeaseSpace } from './lease-space.entity';
export { LeasingSettings } from './leasing-settings.entity';
export { LeaseService } from './lease.service';
export { billableLeases } from './billable-leases';
export { OccupancyService, OccupancyReport, SpaceOccupancy } from './occupancy.service';
export { LeasingModule } from './leasing.module';
export * from './lease-input';
