import { api } from './api';
import { billing } from './billing';
import { core } from './core';
import { dataIo } from './data-io';
import { events } from './events';
import { facilities } from './facilities';
import { identity } from './identity';
import { jobs } from './jobs';
import { kpi } from './kpi';
import { leasing } from './leasing';
import { metering } from './metering';
import { notifications } from './notifications';
import { partners } from './partners';
import { payments } from './payments';
import { reminders } from './reminders';
import { reports } from './reports';
import { spaces } from './spaces';
import { support } from './support';
import { tenants } from './tenants';
import { timeline } from './timeline';

/** ドメインエラーの理由（`DomainError.reason`、例 `billing.invoiceAlreadyVoid`）ごとのメッセージ。キーは `errors.<理由>`。 */
export const errors = {
  api,
  billing,
  core,
  dataIo,
  events,
  facilities,
  identity,
  jobs,
  kpi,
  leasing,
  metering,
  notifications,
  partners,
  payments,
  reminders,
  reports,
  spaces,
  support,
  tenants,
  timeline,
} as const;
