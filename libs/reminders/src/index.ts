export { RemindersModule } from './reminders.module';
export { RemindersJobsModule } from './reminders-jobs.module';
export { ReminderSweepService, SweepResult } from './reminder-sweep.service';
export { ReminderSettingsService, ReminderSettingView } from './reminder-settings.service';
export { REMINDER_KINDS, REMINDER_KIND_NAMES, ReminderKind, KindCounts, SweepCounts } from './reminder-kinds';
export { type ReminderSetting } from './reminder-setting.entity';
export { KpiSurveyInvitationService, InvitationCounts } from './kpi-survey-invitations';
