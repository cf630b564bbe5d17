import { KpiDrafts1796210000000 } from './1796210000000-KpiDrafts';
import { SavedViews1796175370974 } from './1796175370974-SavedViews';
import { AccountingGrade1796100000000 } from './1796100000000-AccountingGrade';
import { NotificationsReminders1796163182364 } from './1796163182364-NotificationsReminders';
import { PrerequisiteCutoffsCamelCase1796170000000 } from './1796170000000-PrerequisiteCutoffsCamelCase';
import { ReportRuns1796162340048 } from './1796162340048-ReportRuns';
import { JobsOutboxSchedules1796161645703 } from './1796161645703-JobsOutboxSchedules';
import { BankReversals1795738645481 } from './1795738645481-BankReversals';
import { MeteringKpi1795736204317 } from './1795736204317-MeteringKpi';
import { Payments1795736176334 } from './1795736176334-Payments';
import { SupportSubsidiesAdvisory1795736124409 } from './1795736124409-SupportSubsidiesAdvisory';
import { ReferralsPlansEvents1795736049831 } from './1795736049831-ReferralsPlansEvents';
import { BillingInvoices1795735880096 } from './1795735880096-BillingInvoices';
import { PartnerOrganizations1795735792032 } from './1795735792032-PartnerOrganizations';
import { TenantsSpacesLeases1795733823937 } from './1795733823937-TenantsSpacesLeases';
import { UserTokensInsertPolicy1796300000000 } from './1796300000000-UserTokensInsertPolicy';
import { AdvisorOrganizationFk1796200000000 } from './1796200000000-AdvisorOrganizationFk';
import { InvoiceReferenceIndexes1796220000000 } from './1796220000000-InvoiceReferenceIndexes';
import { Foundation1795733487480 } from './1795733487480-Foundation';
import { Platform1795000000000 } from './1795000000000-Platform';

/** Every migration, in order. `npm run migration:generate -- <Name>` appends to this list. */
export const MIGRATIONS: Function[] = [
  Platform1795000000000,
  Foundation1795733487480,
  TenantsSpacesLeases1795733823937,
  PartnerOrganizations1795735792032,
  BillingInvoices1795735880096,
  ReferralsPlansEvents1795736049831,
  SupportSubsidiesAdvisory1795736124409,
  Payments1795736176334,
  MeteringKpi1795736204317,
  BankReversals1795738645481,
  AccountingGrade1796100000000,
  JobsOutboxSchedules1796161645703,
  ReportRuns1796162340048,
  NotificationsReminders1796163182364,
  PrerequisiteCutoffsCamelCase1796170000000,
  SavedViews1796175370974,
  AdvisorOrganizationFk1796200000000,
  KpiDrafts1796210000000,
  InvoiceReferenceIndexes1796220000000,
  UserTokensInsertPolicy1796300000000,
];
