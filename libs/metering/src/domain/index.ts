export * from './month';
export * from './meter-kind';
export * from './usage';
