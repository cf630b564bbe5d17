export * from './domain-error';
export * from './dates';
export * from './japanese';
export * from './csv';
