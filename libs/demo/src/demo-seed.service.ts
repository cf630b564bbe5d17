import { Injectable, Logger } from '@nestjs/common';
import { addMonths, runAt } from '@tamago/core';
import { TransactionRunner, inBulkMode } from '@tamago/database';
import { FacilitiesService } from '@tamago/facilities';
import { Role, UsersService } from '@tamago/identity';
import { DemoContext, demoDays, jst, when } from './demo-context';
import { DemoAccountsSeeder, accountTimings } from './demo-accounts';
import { DemoEventsSeeder } from './demo-events';
import { DemoKpiSeeder } from './demo-kpi';
import { DemoMetersSeeder } from './demo-meters';
import { DemoPartnersSeeder } from './demo-partners';
import { DemoSupportSeeder } from './demo-support';
import { DemoTenantsSeeder } from './demo-tenants';

export const DEMO_PASSWORD = 'tamago-demo-2026';

/** The demo facility's name. */
export const DEMO_FACILITY_NAME = 'みなと創業支援センター（デモ）';

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
 * Seeds the demo facility, modelled on the brief's city-backed incubation centre, through the
 * owning contexts' services — never their tables — replaying its recent history at the times it
 * happened. Runs only on a database without any facility, and only once however many processes
 * start: the facility is claimed under an advisory lock, and the history follows it.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly facilities: FacilitiesService,
    private readonly users: UsersService,
    private readonly tenants: DemoTenantsSeeder,
    private readonly meters: DemoMetersSeeder,
    private readonly kpi: DemoKpiSeeder,
    private readonly accounts: DemoAccountsSeeder,
    private readonly partners: DemoPartnersSeeder,
    private readonly support: DemoSupportSeeder,
    private readonly events: DemoEventsSeeder,
  ) {}

  /** Seeds when the platform has no facility; returns the demo facility id, or null when skipped. */
  async seedIfEmpty(): Promise<string | null> {
    // The history is thousands of small transactions: commit them without waiting for each WAL flush.
    return inBulkMode(() => this.seed());
  }

  private async seed(): Promise<string | null> {
    const { today, anchor } = demoDays();
    const opened = jst(addMonths(anchor, -65), '09:00');
    const claimed = await runAt(opened, () =>
      this.tx.asSystem(async (em) => {
        await em.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
        if (!(await this.facilities.isEmptyWithin(em))) return null;
        const facility = await this.facilities.create(em, { name: DEMO_FACILITY_NAME, isDemo: true });
        const staff: string[] = [];
        for (const login of DEMO_LOGINS) {
          staff.push((await this.users.createInFacility(em, facility.id, { ...login, password: DEMO_PASSWORD })).id);
        }
        return { facilityId: facility.id, staff };
      }),
    );
    if (!claimed) return null;
    const started = Date.now();
    const [admin, im, accounting, advisor] = claimed.staff;
    const base = { facilityId: claimed.facilityId, today, anchor, staff: { admin, im, accounting, advisor } };
    const { tenants, spaces } = await this.step('tenants, rooms and leases', () => this.tenants.seed(base));
    const loginTenantId = tenants[0].id;
    const loginUser = await runAt(when(tenants[0].enteredOn!, '10:00'), () =>
      this.tx.asSystem((em) =>
        this.users.createInFacility(em, claimed.facilityId, {
          ...DEMO_TENANT_LOGIN,
          password: DEMO_PASSWORD,
          tenantId: loginTenantId,
        }),
      ),
    );
    const ctx: DemoContext = { ...base, tenants, loginTenantId, loginUserId: loginUser.id };
    await this.step('meter readings', () => this.meters.seed(ctx, spaces));
    await this.step('KPI surveys', () => this.kpi.seed(ctx));
    await this.step('billing and payments', () => this.accounts.seed(ctx));
    this.logger.log(`demo: billing phases ${JSON.stringify(accountTimings())}`);
    const organizationIds = await this.step('partners, referrals and plans', () => this.partners.seed(ctx));
    await this.step('subsidies, advisors and sessions', () => this.support.seed(ctx, organizationIds));
    await this.step('events', () => this.events.seed(ctx, organizationIds));
    this.logger.log(`Seeded the demo facility ${claimed.facilityId} in ${Date.now() - started} ms`);
    return claimed.facilityId;
  }

  private async step<T>(name: string, work: () => Promise<T>): Promise<T> {
    const started = Date.now();
    const result = await work();
    this.logger.log(`demo: ${name} in ${Date.now() - started} ms`);
    return result;
  }
}
