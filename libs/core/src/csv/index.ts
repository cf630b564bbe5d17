export * from './csv-table';
export * from './csv-columns';
export * from './csv-cells';
export * from './csv-writer';
