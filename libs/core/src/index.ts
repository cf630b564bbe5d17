export * from './domain-error';
export * from './dates';
