import { AUDIT_ENTITIES } from '@tamago/audit/entities';
import { BILLING_ENTITIES } from '@tamago/billing/entities';
import { EVENTS_ENTITIES } from '@tamago/events/entities';
import { FACILITIES_ENTITIES } from '@tamago/facilities/entities';
import { IDENTITY_ENTITIES } from '@tamago/identity/entities';
import { JOBS_ENTITIES } from '@tamago/jobs/entities';
import { KPI_ENTITIES } from '@tamago/kpi/entities';
import { LEASING_ENTITIES } from '@tamago/leasing/entities';
import { METERING_ENTITIES } from '@tamago/metering/entities';
import { NOTIFICATIONS_ENTITIES } from '@tamago/notifications/entities';
import { PARTNERS_ENTITIES } from '@tamago/partners/entities';
import { PAYMENTS_ENTITIES } from '@tamago/payments/entities';
import { REMINDERS_ENTITIES } from '@tamago/reminders/entities';
import { REPORTS_ENTITIES } from '@tamago/reports/entities';
import { SPACES_ENTITIES } from '@tamago/spaces/entities';
import { SUPPORT_ENTITIES } from '@tamago/support/entities';
import { TENANTS_ENTITIES } from '@tamago/tenants/entities';

/**
 * Every entity of every context; the one list the data source, the CLI and the drift check use.
 * Each context lists its own (`@tamago/<lib>/entities`, which only this library and tests import);
 * a context's index exports its entities as types only, so no other library can query them.
 */
export const ENTITIES = [
  ...FACILITIES_ENTITIES,
  ...AUDIT_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...TENANTS_ENTITIES,
  ...SPACES_ENTITIES,
  ...LEASING_ENTITIES,
  ...PARTNERS_ENTITIES,
  ...EVENTS_ENTITIES,
  ...BILLING_ENTITIES,
  ...SUPPORT_ENTITIES,
  ...PAYMENTS_ENTITIES,
  ...METERING_ENTITIES,
  ...KPI_ENTITIES,
  ...JOBS_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
  ...REMINDERS_ENTITIES,
  ...REPORTS_ENTITIES,
];
