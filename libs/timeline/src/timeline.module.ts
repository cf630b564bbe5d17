import { Module } from '@nestjs/common';
import { AuditModule } from '@tamago/audit';
import { BillingModule } from '@tamago/billing';
import { EventsModule } from '@tamago/events';
import { FacilitiesModule } from '@tamago/facilities';
import { KpiModule } from '@tamago/kpi';
import { LeasingModule } from '@tamago/leasing';
import { PartnersModule } from '@tamago/partners';
import { PaymentsModule } from '@tamago/payments';
import { SpacesModule } from '@tamago/spaces';
import { SupportModule } from '@tamago/support';
import { TenantsModule } from '@tamago/tenants';
import { EventSource } from './sources/event.source';
import { ImprovementPlanSource } from './sources/improvement-plan.source';
import { InvoiceSource } from './sources/invoice.source';
import { KpiSource } from './sources/kpi.source';
import { LeaseSource } from './sources/lease.source';
import { LifecycleSource } from './sources/lifecycle.source';
import { PaymentSource } from './sources/payment.source';
import { ReferralSource } from './sources/referral.source';
import { SupportSource } from './sources/support.source';
import { TIMELINE_SOURCES, TimelineSource } from './timeline-item';
import { TimelineService } from './timeline.service';

// Extension point: a context joins the timeline with a source here, over its public per-tenant reads.
const SOURCE_TYPES = [
  LifecycleSource,
  LeaseSource,
  SupportSource,
  ReferralSource,
  ImprovementPlanSource,
  EventSource,
  InvoiceSource,
  PaymentSource,
  KpiSource,
];

/** The per-company timeline over every context's public surface. */
@Module({
  imports: [
    TenantsModule,
    FacilitiesModule,
    AuditModule,
    LeasingModule,
    SpacesModule,
    SupportModule,
    PartnersModule,
    EventsModule,
    BillingModule,
    PaymentsModule,
    KpiModule,
  ],
  providers: [
    ...SOURCE_TYPES,
    {
      provide: TIMELINE_SOURCES,
      inject: SOURCE_TYPES,
      useFactory: (...sources: TimelineSource[]) => sources,
    },
    TimelineService,
  ],
  exports: [TimelineService],
})
export class TimelineModule {}
