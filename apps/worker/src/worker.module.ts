import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule } from '@tamago/config';
import { loggerParams } from '@tamago/logging';
import { DatabaseModule } from '@tamago/database';
import { FacilitiesModule, FacilitiesService } from '@tamago/facilities';
import { BillingJobsModule } from '@tamago/billing';
import { JobsPortsModule, JobsModule, JobsWorkerModule, workerPoolSize } from '@tamago/jobs';
import { NotificationsJobsModule } from '@tamago/notifications';
import { PaymentsJobsModule } from '@tamago/payments';
import { ReportsJobsModule } from '@tamago/reports';
import { LeaseLookup, LeasingModule } from '@tamago/leasing';
import { RemindersJobsModule } from '@tamago/reminders';
import { TenantPortsModule } from '@tamago/tenants';
import { dataSourceOptions } from '@tamago/schema';

/** The worker: BullMQ processors and schedules, no HTTP server. Processors are registered only here. */
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: (c: AppConfig) => loggerParams(c, 'worker') }),
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (c: AppConfig) =>
        dataSourceOptions(c.DATABASE_URL, { extra: { max: c.DATABASE_POOL_SIZE ?? workerPoolSize() } }),
    }),
    DatabaseModule,
    JobsModule,
    // The schedules list facilities through this port (libs/jobs is a platform library).
    JobsPortsModule.register({ imports: [FacilitiesModule], facilityDirectory: FacilitiesService }),
    JobsWorkerModule,
    NotificationsJobsModule,
    BillingJobsModule,
    PaymentsJobsModule,
    // Same port binding as the API: reminders and reports use TenantService, whose exit check asks LeaseLookup.
    TenantPortsModule.register({ imports: [LeasingModule], exitCheck: LeaseLookup }),
    RemindersJobsModule,
    ReportsJobsModule,
  ],
})
export class WorkerModule {}
