import commonEn from '@/lib/i18n/locales/en/common.json';
import errorsEn from '@/lib/i18n/locales/en/errors.json';
import commonJa from '@/lib/i18n/locales/ja/common.json';
import errorsJa from '@/lib/i18n/locales/ja/errors.json';
import authEn from '@/features/auth/i18n/en.json';
import authJa from '@/features/auth/i18n/ja.json';
import dashboardEn from '@/features/dashboard/i18n/en.json';
import dashboardJa from '@/features/dashboard/i18n/ja.json';
import tenantsEn from '@/features/tenants/i18n/en.json';
import tenantsJa from '@/features/tenants/i18n/ja.json';
import leasingEn from '@/features/leasing/i18n/en.json';
import leasingJa from '@/features/leasing/i18n/ja.json';
import settingsEn from '@/features/settings/i18n/en.json';
import settingsJa from '@/features/settings/i18n/ja.json';
import billingEn from '@/features/billing/i18n/en.json';
import billingJa from '@/features/billing/i18n/ja.json';
import paymentsEn from '@/features/payments/i18n/en.json';
import paymentsJa from '@/features/payments/i18n/ja.json';
import auditEn from '@/features/audit/i18n/en.json';
import auditJa from '@/features/audit/i18n/ja.json';
import portalEn from '@/features/portal/i18n/en.json';
import portalJa from '@/features/portal/i18n/ja.json';
import subsidiesEn from '@/features/subsidies/i18n/en.json';
import subsidiesJa from '@/features/subsidies/i18n/ja.json';
import advisorsEn from '@/features/advisors/i18n/en.json';
import advisorsJa from '@/features/advisors/i18n/ja.json';
import sessionsEn from '@/features/sessions/i18n/en.json';
import sessionsJa from '@/features/sessions/i18n/ja.json';
import partnersEn from '@/features/partners/i18n/en.json';
import partnersJa from '@/features/partners/i18n/ja.json';
import eventsEn from '@/features/events/i18n/en.json';
import eventsJa from '@/features/events/i18n/ja.json';
import reportsEn from '@/features/reports/i18n/en.json';
import reportsJa from '@/features/reports/i18n/ja.json';
import remindersEn from '@/features/reminders/i18n/en.json';
import remindersJa from '@/features/reminders/i18n/ja.json';

/** Every namespace, Japanese first: `common` and `errors` are shared, each feature owns one. */
export const ja = {
  common: commonJa,
  errors: errorsJa,
  auth: authJa,
  dashboard: dashboardJa,
  tenants: tenantsJa,
  leasing: leasingJa,
  settings: settingsJa,
  billing: billingJa,
  payments: paymentsJa,
  audit: auditJa,
  portal: portalJa,
  subsidies: subsidiesJa,
  advisors: advisorsJa,
  sessions: sessionsJa,
  partners: partnersJa,
  events: eventsJa,
  reports: reportsJa,
  reminders: remindersJa,
};

export const en: typeof ja = {
  common: commonEn,
  errors: errorsEn,
  auth: authEn,
  dashboard: dashboardEn,
  tenants: tenantsEn,
  leasing: leasingEn,
  settings: settingsEn,
  billing: billingEn,
  payments: paymentsEn,
  audit: auditEn,
  portal: portalEn,
  subsidies: subsidiesEn,
  advisors: advisorsEn,
  sessions: sessionsEn,
  partners: partnersEn,
  events: eventsEn,
  reports: reportsEn,
  reminders: remindersEn,
};

export const resources = { ja, en };
