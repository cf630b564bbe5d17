export * from './domain';
export { Lease, RescreeningRecord, DepositSettlement } from './lease.entity';
export { LeaseSpace } from './lease-space.entity';
export { LeasingSettings } from './leasing-settings.entity';
