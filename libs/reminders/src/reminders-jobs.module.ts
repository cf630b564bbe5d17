import { Module } from '@nestjs/common';
import { BillingModule } from '@tamago/billing';
import { FacilitiesModule } from '@tamago/facilities';
import { NotificationsModule } from '@tamago/notifications';
import { TenantsModule } from '@tamago/tenants';
import { MailIssuedInvoicesJob } from './invoice-mail.job';
import { KpiSurveyInvitationsJob } from './kpi-survey-invitations';
import { ReminderSweepJob } from './reminder-sweep.job';
import { RemindersModule } from './reminders.module';

/** The reminder and invoice-mail processors; imported by the worker app only. */
@Module({
  imports: [RemindersModule, BillingModule, TenantsModule, FacilitiesModule, NotificationsModule],
  providers: [ReminderSweepJob, MailIssuedInvoicesJob, KpiSurveyInvitationsJob],
})
export class RemindersJobsModule {}
