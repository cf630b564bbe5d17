export * from './dashboard.types';
export { DashboardService, DASHBOARD_WINDOWS } from './dashboard.service';
export * from './report-document';
export {
  REPORT_TYPES,
  REPORT_FORMATS,
  REPORT_STATUSES,
  parseReportRequest,
  type ReportType,
  type ReportFormat,
  type ReportStatus,
  type ReportRequest,
} from './report-request';
export { type ReportRun } from './report-run.entity';
export { type ReportSettings } from './report-settings.entity';
export { ReportRunService, isExpired, type ReportFile, type ReportListQuery } from './report-run.service';
export { ReportSettingsService, DEFAULT_REPORT_SETTINGS, type ReportSettingsView } from './report-settings.service';
export { ReportScheduleService, isFirstBusinessDayOfMonth } from './report-schedule.service';
export { ReportGenerator } from './report-generator.service';
export { ReportsModule } from './reports.module';
export { ReportsJobsModule } from './reports-jobs.module';
export { GenerateReportJob } from './generate-report.job';
export { RunReportScheduleJob } from './run-report-schedule.job';
export { MonthlyReportSchedule } from './monthly-report.schedule';
export { FiscalYearReportSchedule } from './fiscal-year-report.schedule';
