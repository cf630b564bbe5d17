import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from '@tamago/audit';
import { BillingModule } from '@tamago/billing';
import { AppConfig, ConfigModule } from '@tamago/config';
import { DatabaseModule } from '@tamago/database';
import { FacilitiesModule, FacilitiesService } from '@tamago/facilities';
import { IdentityModule, IdentityPortsModule } from '@tamago/identity';
import { JobsPortsModule, JobsModule } from '@tamago/jobs';
import { NotificationsModule } from '@tamago/notifications';
import { RemindersModule } from '@tamago/reminders';
import { LeaseLookup, LeasingModule } from '@tamago/leasing';
import { PaymentsModule } from '@tamago/payments';
import { KpiModule } from '@tamago/kpi';
import { MeteringModule } from '@tamago/metering';
import { DataIoModule } from '@tamago/data-io';
import { EventsModule } from '@tamago/events';
import { OrganizationService, PartnersModule } from '@tamago/partners';
import { SpacesModule } from '@tamago/spaces';
import { SupportModule } from '@tamago/support';
import { TimelineModule } from '@tamago/timeline';
import { ReportsModule } from '@tamago/reports';
import { TenantLookup, TenantPortsModule, TenantsModule } from '@tamago/tenants';
import { dataSourceOptions } from '@tamago/schema';
import { AuditEventsController } from './audit/audit-events.controller';
import { AuthController } from './auth/auth.controller';
import { BillingRunsController } from './billing/billing-runs.controller';
import { ChargesController } from './billing/charges.controller';
import { InvoicesController } from './billing/invoices.controller';
import { AuthGuard } from './common/auth.guard';
import { loggerOptions } from './common/logger';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { FacilitiesController } from './facilities/facilities.controller';
import { HealthController } from './health/health.controller';
import { LeasesController, OccupancyController } from './leasing/leases.controller';
import { RoomTypesController } from './spaces/room-types.controller';
import { SpacesController } from './spaces/spaces.controller';
import { TenantsController } from './tenants/tenants.controller';
import { EventsController } from './events/events.controller';
import { ImprovementPlansController } from './partners/improvement-plans.controller';
import { OrganizationsController } from './partners/organizations.controller';
import { ReferralsController } from './partners/referrals.controller';
import { TimelineController } from './timeline/timeline.controller';
import { DashboardController } from './dashboard/dashboard.controller';
import { ReportSettingsController, ReportsController } from './reports/reports.controller';
import { AdvisorsController } from './support/advisors.controller';
import {
  AdvisoryQuotaController,
  AdvisorySessionsController,
  PortalAdvisorySessionsController,
  SupportSettingsController,
} from './support/advisory-sessions.controller';
import {
  PortalSubsidyApplicationsController,
  SubsidyApplicationsController,
} from './support/subsidy-applications.controller';
import { SubsidyProgramsController } from './support/subsidy-programs.controller';
import { MeController } from './users/me.controller';
import { SavedViewsController } from './users/saved-views.controller';
import { UsersController } from './users/users.controller';
import { BankCreditsController } from './payments/bank-credits.controller';
import { DirectDebitController } from './payments/direct-debit.controller';
import { PaymentsController } from './payments/payments.controller';
import { ReceivablesReportsController } from './payments/receivables-reports.controller';
import { TenantAccountsController } from './payments/tenant-accounts.controller';
import { KpiSurveysController, PortalKpiController, TenantKpiHistoryController } from './kpi/kpi-surveys.controller';
import { ApiKeysController } from './metering/api-keys.controller';
import { DeviceController } from './metering/device.controller';
import { MeterReadingsController, MeteringSettingsController } from './metering/meter-readings.controller';
import { ExportsController, ImportsController } from './data-io/data-io.controller';
import { PortalController } from './portal/portal.controller';
import { PortalService } from './portal/portal.service';
import { PortalEventsService } from './portal/portal-events.service';
import { ScheduleSettingsController } from './jobs/schedule-settings.controller';
import { MailSuppressionsController, NotificationsController } from './jobs/notifications.controller';
import { ReminderSettingsController } from './jobs/reminder-settings.controller';

/** The HTTP API: transport only; every rule lives in the context libraries. */
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: loggerOptions }),
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (c: AppConfig) => dataSourceOptions(c.DATABASE_URL, { extra: { max: c.DATABASE_POOL_SIZE ?? 10 } }),
    }),
    DatabaseModule,
    JobsModule,
    // The schedules list facilities through this port (libs/jobs is a platform library).
    JobsPortsModule.register({ imports: [FacilitiesModule], facilityDirectory: FacilitiesService }),
    TerminusModule,
    FacilitiesModule,
    IdentityModule,
    AuditModule,
    TenantsModule,
    // Ports of lower libraries bound to the contexts that depend on them (no import cycles):
    // tenant users' tenantId is checked by tenants, a leaving tenant's leases by leasing.
    IdentityPortsModule.register({ imports: [TenantsModule], tenantDirectory: TenantLookup }),
    TenantPortsModule.register({ imports: [LeasingModule], exitCheck: LeaseLookup }),
    SpacesModule,
    LeasingModule,
    BillingModule,
    PaymentsModule,
    MeteringModule,
    KpiModule,
    DataIoModule,
    PartnersModule,
    EventsModule,
    TimelineModule,
    ReportsModule,
    // Advisors' organisation ids are checked through partners (support cannot import partners).
    SupportModule.register({ imports: [PartnersModule], organizationDirectory: OrganizationService }),
    NotificationsModule,
    RemindersModule,
  ],
  controllers: [
    HealthController,
    AuthController,
    MeController,
    SavedViewsController,
    UsersController,
    AuditEventsController,
    FacilitiesController,
    TenantsController,
    RoomTypesController,
    SpacesController,
    LeasesController,
    OccupancyController,
    ChargesController,
    BillingRunsController,
    InvoicesController,
    PaymentsController,
    TenantAccountsController,
    BankCreditsController,
    DirectDebitController,
    ReceivablesReportsController,
    MeterReadingsController,
    MeteringSettingsController,
    ApiKeysController,
    DeviceController,
    KpiSurveysController,
    PortalKpiController,
    TenantKpiHistoryController,
    ImportsController,
    ExportsController,
    OrganizationsController,
    ReferralsController,
    ImprovementPlansController,
    EventsController,
    TimelineController,
    DashboardController,
    ReportsController,
    ReportSettingsController,
    SubsidyProgramsController,
    SubsidyApplicationsController,
    PortalSubsidyApplicationsController,
    AdvisorsController,
    AdvisorySessionsController,
    PortalAdvisorySessionsController,
    AdvisoryQuotaController,
    SupportSettingsController,
    PortalController,
    ScheduleSettingsController,
    NotificationsController,
    MailSuppressionsController,
    ReminderSettingsController,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    PortalService,
    PortalEventsService,
  ],
})
export class AppModule {}
