import { Module } from '@nestjs/common';
import { BillingModule } from '@tamago/billing';
import { FacilitiesModule } from '@tamago/facilities';
import { LeasingModule } from '@tamago/leasing';
import { PartnersModule } from '@tamago/partners';
import { PaymentsModule } from '@tamago/payments';
import { SupportModule } from '@tamago/support';
import { TenantsModule } from '@tamago/tenants';
import { DashboardService } from './dashboard.service';

/** Reports and the staff dashboard, over every context's public services. */
@Module({
  imports: [
    FacilitiesModule,
    TenantsModule,
    LeasingModule,
    BillingModule,
    PaymentsModule,
    SupportModule,
    PartnersModule,
  ],
  providers: [DashboardService],
  exports: [DashboardService],
})
export class ReportsModule {}
