export { DatabaseModule } from './database.module';
export { TransactionRunner } from './transaction-runner';
export { bigintTransformer, decimalStringTransformer } from './yen.transformer';
export { APP_ROLE, ACTOR_SETTING, FACILITY_SETTING, enableFacilityRls, disableFacilityRls } from './rls';
export { ensureDatabase, dropDatabase, runMigrations } from './migrate';
export { isPgError, pgErrorOf, PgErrorCode } from './pg-errors';
export { queryRows } from './query-rows';
export { ClockSubscriber } from './clock.subscriber';
export { inBulkMode, isBulkMode } from './bulk-mode';
