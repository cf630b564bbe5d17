import { Module } from '@nestjs/common';
import { BillingModule } from '@tamago/billing';
import { EventsModule } from '@tamago/events';
import { FacilitiesModule } from '@tamago/facilities';
import { IdentityModule } from '@tamago/identity';
import { KpiModule } from '@tamago/kpi';
import { LeasingModule } from '@tamago/leasing';
import { MeteringModule } from '@tamago/metering';
import { OrganizationService, PartnersModule } from '@tamago/partners';
import { PaymentsModule } from '@tamago/payments';
import { SpacesModule } from '@tamago/spaces';
import { SupportModule } from '@tamago/support';
import { TenantsModule } from '@tamago/tenants';
import { DemoAccountsSeeder } from './demo-accounts';
import { DemoEventsSeeder } from './demo-events';
import { DemoKpiSeeder } from './demo-kpi';
import { DemoMetersSeeder } from './demo-meters';
import { DemoPartnersSeeder } from './demo-partners';
import { DemoSupportSeeder } from './demo-support';
import { DemoSeedService } from './demo-seed.service';
import { DemoTenantsSeeder } from './demo-tenants';

/** The demo facility, seeded through every context's public services. */
@Module({
  imports: [
    FacilitiesModule,
    IdentityModule,
    TenantsModule,
    SpacesModule,
    LeasingModule,
    MeteringModule,
    KpiModule,
    BillingModule,
    PaymentsModule,
    PartnersModule,
    EventsModule,
    SupportModule.register({ imports: [PartnersModule], organizationDirectory: OrganizationService }),
  ],
  providers: [
    DemoSeedService,
    DemoTenantsSeeder,
    DemoMetersSeeder,
    DemoKpiSeeder,
    DemoAccountsSeeder,
    DemoPartnersSeeder,
    DemoSupportSeeder,
    DemoEventsSeeder,
  ],
  exports: [DemoSeedService],
})
export class DemoModule {}
