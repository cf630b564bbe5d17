import { Injectable, Logger } from '@nestjs/common';
import { TransactionRunner } from '@tamago/database';
import { FacilitiesService, Facility } from '@tamago/facilities';
import { Role, UsersService } from '@tamago/identity';
import { seedDemoKpi } from './demo-kpi';
import { seedDemoMeters } from './demo-meters';
import { seedDemoTenants } from './demo-tenants';

export const DEMO_PASSWORD = 'tamago-demo-2026';

/** One login per role of the demo facility; the README lists them. */
export const DEMO_LOGINS: { email: string; name: string; roles: Role[] }[] = [
  { email: 'admin@demo.example.jp', name: '管理 花子', roles: [Role.FacilityAdmin] },
  { email: 'im@demo.example.jp', name: '育成 太郎', roles: [Role.IncubationManager] },
  { email: 'accounting@demo.example.jp', name: '経理 一郎', roles: [Role.Accountant] },
  { email: 'advisor@demo.example.jp', name: '診断 次郎', roles: [Role.Advisor] },
  { email: 'auditor@demo.example.jp', name: '監査 三郎', roles: [Role.Auditor] },
];

/** The tenant admin login of one active demo tenant. */
export const DEMO_TENANT_LOGIN = { email: 'tenant@demo.example.jp', name: '入居 四郎', roles: [Role.TenantAdmin] };

/** Arbitrary fixed key so that two processes starting together seed once. */
const SEED_LOCK = 7_240_532_001;

/**
 * Seeds the demo facility, modelled on the brief's city-backed incubation centre. Runs only
 * on a database without any facility, and only once however many processes start.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly facilities: FacilitiesService,
    private readonly users: UsersService,
  ) {}

  /** Seeds when the platform has no facility; returns the demo facility id, or null when skipped. */
  async seedIfEmpty(): Promise<string | null> {
    return this.tx.asSystem(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      if ((await em.count(Facility)) > 0) return null;
      const facility = await this.facilities.create(em, { name: 'みなと創業支援センター（デモ）', isDemo: true });
      for (const login of DEMO_LOGINS) {
        await this.users.createInFacility(em, facility.id, { ...login, password: DEMO_PASSWORD });
      }
      const { loginTenantId } = await seedDemoTenants(em, facility.id);
      for (const seed of [seedDemoMeters, seedDemoKpi]) await seed(em, facility.id);
      await this.users.createInFacility(em, facility.id, {
        ...DEMO_TENANT_LOGIN,
        password: DEMO_PASSWORD,
        tenantId: loginTenantId,
      });
      this.logger.log(`Seeded the demo facility ${facility.id}`);
      return facility.id;
    });
  }
}
