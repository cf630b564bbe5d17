import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule } from '@tamago/config';
import { DatabaseModule } from '@tamago/database';
import { BillingJobsModule } from '@tamago/billing';
import { JobsModule } from '@tamago/jobs';
import { NotificationsJobsModule } from '@tamago/notifications';
import { PaymentsJobsModule } from '@tamago/payments';
import { ReportsJobsModule } from '@tamago/reports';
import { LeaseService, LeasingModule } from '@tamago/leasing';
import { TenantPortsModule } from '@tamago/tenants';
import { dataSourceOptions } from '@tamago/schema';

/** The worker: BullMQ processors and schedules, no HTTP server. Processors are registered only here. */
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (c: AppConfig) => ({
        pinoHttp: { level: c.NODE_ENV === 'test' ? 'silent' : c.LOG_LEVEL, customProps: () => ({ service: 'worker' }) },
      }),
    }),
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (c: AppConfig) => dataSourceOptions(c.DATABASE_URL),
    }),
    DatabaseModule,
    JobsModule,
    NotificationsJobsModule,
    BillingJobsModule,
    PaymentsJobsModule,
    // Reports read tenants, whose exit check is bound to leasing (as in the API root).
    TenantPortsModule.register({ imports: [LeasingModule], exitCheck: LeaseService }),
    ReportsJobsModule,
  ],
})
export class WorkerModule {}
