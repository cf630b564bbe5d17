export * from './alumni';
export * from './tenant-kind';
export * from './tenant-status';
export * from './tenant-transition-details';
