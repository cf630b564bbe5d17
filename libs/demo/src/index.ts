export { DemoModule } from './demo.module';
export {
  DemoSeedService,
  DEMO_FACILITY_NAME,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  DEMO_TENANT_LOGIN,
} from './demo-seed.service';
