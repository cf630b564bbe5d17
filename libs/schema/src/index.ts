export { ENTITIES } from './entities';
export { createDataSource, dataSourceOptions } from './data-source';
export { pendingSchemaChanges } from './schema-diff';
export { filterByTables, registerMigration, renderMigration } from './migration-writer';
