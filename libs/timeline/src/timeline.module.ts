import { Module } from '@nestjs/common';
import { AuditModule } from '@tamago/audit';
import { EventsModule } from '@tamago/events';
import { FacilitiesModule } from '@tamago/facilities';
import { LeasingModule } from '@tamago/leasing';
import { PartnersModule } from '@tamago/partners';
import { SupportModule } from '@tamago/support';
import { TenantsModule } from '@tamago/tenants';
import { EventSource } from './sources/event.source';
import { ImprovementPlanSource } from './sources/improvement-plan.source';
import { LeaseSource } from './sources/lease.source';
import { LifecycleSource } from './sources/lifecycle.source';
import { ReferralSource } from './sources/referral.source';
import { SupportSource } from './sources/support.source';
import { TIMELINE_SOURCES, TimelineSource } from './timeline-item';
import { TimelineService } from './timeline.service';

// Extension point: invoices and payments (billing, payments) and KPI submissions (kpi) join here
// as further sources once their libraries expose a per-tenant listing.
const SOURCE_TYPES = [LifecycleSource, LeaseSource, SupportSource, ReferralSource, ImprovementPlanSource, EventSource];

/** The per-company timeline over every context's public surface. */
@Module({
  imports: [TenantsModule, FacilitiesModule, AuditModule, LeasingModule, SupportModule, PartnersModule, EventsModule],
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
