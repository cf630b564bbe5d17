export * from './area';
export * from './basis-points';
export * from './lease-period';
export * from './lease-status';
export * from './lease-transition-details';
export * from './occupancy';
export * from './rent-schedule';
export * from './tenure';
