export * from './calendar-date';
export * from './fiscal-year';
export * from './zoned-date';
export * from './clock';
export * from './zoned-time';
