import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BillingModule } from '@tamago/billing';
import { AppConfig, ConfigModule } from '@tamago/config';
import { DatabaseModule } from '@tamago/database';
import { DemoModule } from '@tamago/demo';
import { FacilitiesModule, FacilitiesService } from '@tamago/facilities';
import { IdentityModule, IdentityPortsModule } from '@tamago/identity';
import { LeaseLookup, LeasingModule } from '@tamago/leasing';
import { JobsPortsModule, JobsModule } from '@tamago/jobs';
import { RemindersModule } from '@tamago/reminders';
import { ReportsModule } from '@tamago/reports';
import { dataSourceOptions } from '@tamago/schema';
import { TenantLookup, TenantPortsModule, TenantsModule } from '@tamago/tenants';
import { FacilityCreateCommand } from './facility-create.command';
import { JobsRunCommand } from './jobs-run.command';
import { JobsSchedulesCommand } from './jobs-schedules.command';
import { SeedDemoCommand } from './seed-demo.command';
import { UserCreateCommand } from './user-create.command';

@Module({
  imports: [
    ConfigModule,
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (c: AppConfig) => dataSourceOptions(c.DATABASE_URL, { extra: { max: 2 } }),
    }),
    DatabaseModule,
    JobsModule,
    // The schedules list facilities through this port (libs/jobs is a platform library).
    JobsPortsModule.register({ imports: [FacilitiesModule], facilityDirectory: FacilitiesService }),
    FacilitiesModule,
    IdentityModule,
    // Same port bindings as the API: user:create and the demo seed check tenant users' tenantId.
    IdentityPortsModule.register({ imports: [TenantsModule], tenantDirectory: TenantLookup }),
    TenantPortsModule.register({ imports: [LeasingModule], exitCheck: LeaseLookup }),
    DemoModule,
    // Modules that register scheduled kinds, for jobs:schedules.
    BillingModule,
    RemindersModule,
    ReportsModule,
  ],
  providers: [FacilityCreateCommand, UserCreateCommand, SeedDemoCommand, JobsSchedulesCommand, JobsRunCommand],
})
export class CliModule {}
