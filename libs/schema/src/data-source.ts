import { DataSource, DataSourceOptions } from 'typeorm';
import { AuditSubscriber } from '@tamago/audit';
import { ClockSubscriber } from '@tamago/database';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** Data-source options shared by the API, the worker, the CLI and the tests. */
export function dataSourceOptions(databaseUrl: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    subscribers: [AuditSubscriber, ClockSubscriber],
    // Schema changes go through reviewed migrations only.
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'migrations',
    uuidExtension: 'pgcrypto',
    applicationName: 'tamago',
    extra: { max: 10 },
    ...overrides,
  } as DataSourceOptions;
}

/** A new, uninitialised DataSource for the given database. */
export function createDataSource(databaseUrl: string, overrides: Partial<DataSourceOptions> = {}): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl, overrides));
}
