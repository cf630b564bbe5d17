export * from './domain-error';
export * from './guards';
export * from './state-machine';
export * from './dates';
export * from './japanese';
export * from './csv';
export * from './text';
export { CoreError } from './errors';
