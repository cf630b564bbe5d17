export * from './dashboard.types';
export { DashboardService, DASHBOARD_WINDOWS } from './dashboard.service';
export { ReportsModule } from './reports.module';
