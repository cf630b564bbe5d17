export * from './refund-plan';
export * from './request-hash';
export * from './bank-file';
export * from './journal';
export * from './journal-csv';
