export * from './csv-table';
export * from './csv-columns';
export * from './csv-cells';
