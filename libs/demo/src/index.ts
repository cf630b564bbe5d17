export { DemoModule } from './demo.module';
export { DemoSeedService, DEMO_LOGINS, DEMO_PASSWORD } from './demo-seed.service';
export { seedDemoTenants } from './demo-tenants';
export { seedDemoMeters } from './demo-meters';
export { seedDemoKpi } from './demo-kpi';
