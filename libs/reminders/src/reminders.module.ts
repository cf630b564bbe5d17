import { Module } from '@nestjs/common';
import { BillingModule } from '@tamago/billing';
import { FacilitiesModule } from '@tamago/facilities';
import { UserDirectoryModule } from '@tamago/identity';
import { KpiModule } from '@tamago/kpi';
import { LeasingModule } from '@tamago/leasing';
import { NotificationsModule } from '@tamago/notifications';
import { PartnersModule } from '@tamago/partners';
import { PaymentsModule } from '@tamago/payments';
import { SpacesModule } from '@tamago/spaces';
import { SupportModule } from '@tamago/support';
import { TenantsModule } from '@tamago/tenants';
import { KpiSurveyInvitationSchedule, KpiSurveyInvitationService } from './kpi-survey-invitations';
import { ReminderSettingsService } from './reminder-settings.service';
import { ReminderSources } from './reminder-sources';
import { ReminderSweepSchedule } from './reminder-sweep.schedule';
import { ReminderSweepService } from './reminder-sweep.service';

/** Reminders: the daily sweep's decisions, settings and its schedule kind (API, worker and CLI). */
@Module({
  imports: [
    BillingModule,
    PaymentsModule,
    LeasingModule,
    SpacesModule,
    SupportModule,
    KpiModule,
    TenantsModule,
    FacilitiesModule,
    UserDirectoryModule,
    NotificationsModule,
    PartnersModule,
  ],
  providers: [
    ReminderSettingsService,
    ReminderSources,
    ReminderSweepService,
    ReminderSweepSchedule,
    KpiSurveyInvitationService,
    KpiSurveyInvitationSchedule,
  ],
  exports: [ReminderSettingsService, ReminderSweepService, KpiSurveyInvitationService],
})
export class RemindersModule {}
