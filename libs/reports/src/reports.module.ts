import { Module } from '@nestjs/common';
import { BillingModule } from '@tamago/billing';
import { EventsModule } from '@tamago/events';
import { FacilitiesModule } from '@tamago/facilities';
import { KpiModule } from '@tamago/kpi';
import { LeasingModule } from '@tamago/leasing';
import { MeteringModule } from '@tamago/metering';
import { PartnersModule } from '@tamago/partners';
import { PaymentsModule } from '@tamago/payments';
import { SupportModule } from '@tamago/support';
import { TenantsModule } from '@tamago/tenants';
import { FiscalYearBuilder } from './builders/fiscal-year.builder';
import { MonthlyOccupancyBuilder } from './builders/monthly-occupancy.builder';
import { RevenueArrearsBuilder } from './builders/revenue-arrears.builder';
import { SupportActivityBuilder } from './builders/support-activity.builder';
import { DashboardService } from './dashboard.service';
import { ReportGenerator } from './report-generator.service';
import { ReportRunService } from './report-run.service';
import { ReportScheduleService } from './report-schedule.service';
import { ReportSettingsService } from './report-settings.service';
import { FiscalYearReportSchedule } from './fiscal-year-report.schedule';
import { MonthlyReportSchedule } from './monthly-report.schedule';

const CONTEXTS = [
  FacilitiesModule,
  TenantsModule,
  LeasingModule,
  BillingModule,
  PaymentsModule,
  SupportModule,
  PartnersModule,
  EventsModule,
  KpiModule,
  MeteringModule,
];

/** Reports and the staff dashboard, over every context's public services. */
@Module({
  imports: CONTEXTS,
  providers: [
    DashboardService,
    ReportRunService,
    ReportSettingsService,
    ReportScheduleService,
    MonthlyOccupancyBuilder,
    RevenueArrearsBuilder,
    SupportActivityBuilder,
    FiscalYearBuilder,
    ReportGenerator,
    // Scheduled kinds, found by the jobs ScheduleRegistry wherever ReportsModule is imported (worker, CLI).
    MonthlyReportSchedule,
    FiscalYearReportSchedule,
  ],
  exports: [DashboardService, ReportRunService, ReportSettingsService, ReportScheduleService, ReportGenerator],
})
export class ReportsModule {}
