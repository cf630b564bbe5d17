import { Actor, Role, TENANT_ROLES } from '@tamago/identity';
import type { AdvisorySession } from './advisory-session.entity';
import type { SubsidyApplication } from './subsidy-application.entity';
import type { SubsidyStageEvent } from './subsidy-stage-event.entity';

/** Who reads or writes support records: the user, their roles, and for tenant users their tenant. */
export interface SupportReader {
  userId: string;
  roles: readonly Role[];
  /** Set for tenant users, who see only their own tenant's records. */
  ownTenantId: string | null;
}

/** The reader of an authenticated actor. */
export function supportReaderOf(actor: Actor): SupportReader {
  const tenantUser = actor.roles.some((r) => TENANT_ROLES.includes(r));
  return {
    userId: actor.userId,
    roles: actor.roles,
    ownTenantId: tenantUser ? (actor.tenantId ?? '00000000-0000-0000-0000-000000000000') : null,
  };
}

/** The roles that run support and may read what staff wrote about a company (notes, staff notes). */
const NOTE_READERS: readonly Role[] = [Role.FacilityAdmin, Role.IncubationManager, Role.Advisor];

/**
 * Staff notes (session notes, a case's staff notes, stage-event notes) are for the people who do
 * the support: never tenant users, and not accountants or auditors either.
 */
export function mayReadStaffNotes(reader: SupportReader): boolean {
  return reader.ownTenantId === null && reader.roles.some((r) => NOTE_READERS.includes(r));
}

/**
 * An advisor without a broader role sees and changes only their own sessions: those they hold
 * as the advisor (advisors.user_id) or as the staff member in charge.
 */
export function confinedToOwnSessions(reader: SupportReader): boolean {
  return (
    reader.ownTenantId === null &&
    reader.roles.includes(Role.Advisor) &&
    !reader.roles.some((r) => r === Role.FacilityAdmin || r === Role.IncubationManager)
  );
}

/** The roles that run subsidy cases: they move them along the pipeline and keep their checklists. */
const CASE_WRITERS: readonly Role[] = [Role.FacilityAdmin, Role.IncubationManager, Role.Advisor];

/** Whether the reader may move subsidy cases between stages (staff who run support; never tenant users). */
export function mayMoveSubsidyCases(reader: SupportReader): boolean {
  return reader.ownTenantId === null && reader.roles.some((r) => CASE_WRITERS.includes(r));
}

/** The session as the reader may see it: without notes for those who may not read them. */
export function sessionViewFor<T extends AdvisorySession>(session: T, reader: SupportReader): T {
  if (!mayReadStaffNotes(reader)) delete (session as Partial<AdvisorySession>).notes;
  return session;
}

/** The case as the reader may see it: without staff notes (also on its history) for those who may not. */
export function caseViewFor(
  application: SubsidyApplication,
  history: SubsidyStageEvent[],
  reader: SupportReader,
): void {
  if (mayReadStaffNotes(reader)) return;
  delete (application as Partial<SubsidyApplication>).staffNotes;
  for (const event of history) delete (event as Partial<SubsidyStageEvent>).note;
}
