import { Injectable } from '@nestjs/common';
import { InvoicesService } from '@tamago/billing';
import { addDays } from '@tamago/core';
import { Role, UserDirectoryService, UserRecipient } from '@tamago/identity';
import { KpiSubmissionService, KpiSurveyService } from '@tamago/kpi';
import { OccupancyService } from '@tamago/leasing';
import { MessageParams, Recipient } from '@tamago/notifications';
import { ArrearsService } from '@tamago/payments';
import { SpaceService } from '@tamago/spaces';
import { ImprovementPlanService, ReferralCheckInService } from '@tamago/partners';
import { AdvisorService, AdvisorySessionService, SubsidyApplicationService } from '@tamago/support';
import { TenantService } from '@tamago/tenants';
import { ReminderKind } from './reminder-kinds';

/** One reminder the sweep may send: who, what, and the key that makes it once. */
export interface ReminderCandidate {
  kind: ReminderKind;
  /** Unique per facility: kind, occasion and recipient. */
  dedupeKey: string;
  recipient: Recipient;
  params: MessageParams;
}

/** What a source is told: the facility, the sweep's local date and the kind's lead times. */
export interface SweepScope {
  facilityId: string;
  timeZone: string;
  date: string;
  leadDays: number[];
}

const STAFF_IN_CHARGE = [Role.FacilityAdmin, Role.IncubationManager];

/**
 * Decides which reminders are due, reading every context through its public services only
 * (billing, payments, leasing, support, kpi, tenants, identity).
 */
@Injectable()
export class ReminderSources {
  constructor(
    private readonly invoices: InvoicesService,
    private readonly arrears: ArrearsService,
    private readonly occupancy: OccupancyService,
    private readonly sessions: AdvisorySessionService,
    private readonly advisors: AdvisorService,
    private readonly surveys: KpiSurveyService,
    private readonly submissions: KpiSubmissionService,
    private readonly tenants: TenantService,
    private readonly users: UserDirectoryService,
    private readonly spaces: SpaceService,
    private readonly subsidies: SubsidyApplicationService,
    private readonly plans: ImprovementPlanService,
    private readonly checkIns: ReferralCheckInService,
  ) {}

  /** The candidates of one kind on the scope's date. */
  collect(kind: ReminderKind, s: SweepScope): Promise<ReminderCandidate[]> {
    switch (kind) {
      case 'invoice_due':
        return this.invoiceDue(s);
      case 'dunning':
        return this.dunning(s);
      case 'lease_ending':
        return this.leaseEnding(s);
      case 'advisory_session':
        return this.advisorySession(s);
      case 'kpi_survey_missing':
        return this.kpiSurveyMissing(s);
      case 'subsidy_deadline':
        return this.subsidyDeadline(s);
      case 'follow_up_due':
        return this.followUpDue(s);
      case 'plan_review_due':
        return this.planReviewDue(s);
      case 'referral_check_in_due':
        return this.referralCheckInDue(s);
      case 'max_tenure':
        return this.maxTenure(s);
    }
  }

  private async invoiceDue(s: SweepScope): Promise<ReminderCandidate[]> {
    const open = await this.invoices.openInvoices(s.facilityId, null);
    const dues = new Set(s.leadDays.map((lead) => addDays(s.date, lead)));
    const users = await this.users.tenantRecipients(
      s.facilityId,
      open.filter((i) => i.dueDate && dues.has(i.dueDate)).map((i) => i.tenantId),
    );
    const out: ReminderCandidate[] = [];
    for (const lead of s.leadDays) {
      const due = addDays(s.date, lead);
      for (const inv of open.filter((i) => i.dueDate === due)) {
        for (const r of users.get(inv.tenantId) ?? []) {
          out.push({
            kind: 'invoice_due',
            dedupeKey: `invoice_due:${inv.id}:${lead}:${r.userId}`,
            recipient: r,
            params: { invoiceNumber: inv.number, amount: inv.openAmount, dueDate: inv.dueDate },
          });
        }
      }
    }
    return out;
  }

  private async dunning(s: SweepScope): Promise<ReminderCandidate[]> {
    const report = await this.arrears.report(s.facilityId, s.date);
    const users = await this.users.tenantRecipients(
      s.facilityId,
      report.tenants.filter((x) => x.dunningLevel > 0).map((t) => t.tenantId),
    );
    const out: ReminderCandidate[] = [];
    for (const t of report.tenants.filter((x) => x.dunningLevel > 0)) {
      const overdue = t.invoices.filter((i) => i.daysPastDue > 0);
      if (overdue.length === 0) continue;
      const oldest = overdue.reduce((a, b) => (a.dueDate <= b.dueDate ? a : b));
      const params = {
        level: t.dunningLevel,
        amount: overdue.reduce((sum, i) => sum + i.openAmount, 0),
        invoiceNumbers: overdue.map((i) => i.number).join(', '),
        oldestDueDate: oldest.dueDate,
        tenantName: t.tenantName,
      };
      // Once per level and arrears episode (the oldest overdue invoice names the episode).
      for (const r of users.get(t.tenantId) ?? []) {
        out.push({
          kind: 'dunning',
          dedupeKey: `dunning:${t.tenantId}:${oldest.invoiceId}:${t.dunningLevel}:${r.userId}`,
          recipient: r,
          params,
        });
      }
    }
    return out;
  }

  private async leaseEnding(s: SweepScope): Promise<ReminderCandidate[]> {
    const out: ReminderCandidate[] = [];
    const staff = await this.users.recipients(s.facilityId, { roles: STAFF_IN_CHARGE });
    for (const lead of s.leadDays) {
      for (const lease of await this.occupancy.endingOn(s.facilityId, addDays(s.date, lead))) {
        const tenant = await this.tenants.get(s.facilityId, lease.tenantId);
        const spaces = await Promise.all(
          (lease.spaces ?? []).map(async (x) => (await this.spaces.get(s.facilityId, x.spaceId)).code),
        );
        const params = {
          tenantName: tenant.name,
          endDate: lease.endDate,
          days: lead,
          spaces: spaces.join('・') || '—',
        };
        for (const r of [...(await this.tenantUsers(s.facilityId, lease.tenantId)), ...staff]) {
          out.push({
            kind: 'lease_ending',
            dedupeKey: `lease_ending:${lease.id}:${lead}:${r.userId}`,
            recipient: r,
            params,
          });
        }
      }
    }
    return out;
  }

  private async advisorySession(s: SweepScope): Promise<ReminderCandidate[]> {
    const out: ReminderCandidate[] = [];
    for (const lead of s.leadDays) {
      for (const session of await this.sessions.startingOn(s.facilityId, addDays(s.date, lead), s.timeZone)) {
        const tenant = await this.tenants.get(s.facilityId, session.tenantId);
        const advisor = session.advisorId ? await this.advisors.get(s.facilityId, session.advisorId) : null;
        const startsAt = new Intl.DateTimeFormat('ja-JP', {
          timeZone: s.timeZone,
          hour: '2-digit',
          minute: '2-digit',
        }).format(session.startsAt);
        const params = { tenantName: tenant.name, advisorName: advisor?.name ?? '—', topic: session.topic, startsAt };
        const recipients: Recipient[] = await this.tenantUsers(s.facilityId, session.tenantId);
        if (advisor?.email)
          recipients.push({ userId: advisor.userId, email: advisor.email, name: advisor.name, locale: 'ja' });
        for (const r of recipients) {
          out.push({
            kind: 'advisory_session',
            dedupeKey: `advisory_session:${session.id}:${r.userId ?? r.email}`,
            recipient: r,
            params,
          });
        }
      }
    }
    return out;
  }

  private async kpiSurveyMissing(s: SweepScope): Promise<ReminderCandidate[]> {
    const out: ReminderCandidate[] = [];
    for (const lead of s.leadDays) {
      for (const survey of await this.surveys.closingOn(s.facilityId, addDays(s.date, lead))) {
        for (const tenant of await this.submissions.missing(s.facilityId, survey.id)) {
          for (const r of await this.tenantUsers(s.facilityId, tenant.id)) {
            out.push({
              kind: 'kpi_survey_missing',
              dedupeKey: `kpi_survey_missing:${survey.id}:${lead}:${r.userId}`,
              recipient: r,
              params: { surveyName: survey.period, dueDate: survey.closesOn },
            });
          }
        }
      }
    }
    return out;
  }

  /**
   * Subsidy deadlines due in exactly a lead time: the application close and prerequisite cut-offs
   * while the case is in planning, the performance report until it is reported, and the yearly
   * commercialisation reports; to the tenant and the case's manager (else the staff in charge).
   */
  private async subsidyDeadline(s: SweepScope): Promise<ReminderCandidate[]> {
    if (s.leadDays.length === 0) return [];
    const dates = s.leadDays.map((lead) => addDays(s.date, lead));
    const from = dates.reduce((a, b) => (a < b ? a : b));
    const to = dates.reduce((a, b) => (a > b ? a : b));
    const due = (await this.subsidies.deadlinesBetween(s.facilityId, from, to)).filter(
      (d) => dates.includes(d.dueOn) && remindsOf(d.key, d.stage),
    );
    if (due.length === 0) return [];
    const staff = await this.users.recipients(s.facilityId, { roles: STAFF_IN_CHARGE });
    const managers = await this.users.recipients(s.facilityId, {
      userIds: [...new Set(due.map((d) => d.managerId).filter((id): id is string => id !== null))],
    });
    const out: ReminderCandidate[] = [];
    for (const d of due) {
      const lead = s.leadDays.find((l) => addDays(s.date, l) === d.dueOn)!;
      const manager = managers.filter((m) => m.userId === d.managerId);
      const recipients = [...(await this.tenantUsers(s.facilityId, d.tenantId)), ...(manager.length ? manager : staff)];
      for (const r of recipients) {
        out.push({
          kind: 'subsidy_deadline',
          dedupeKey: `subsidy_deadline:${d.applicationId}:${d.key}:${d.dueOn}:${lead}:${r.userId}`,
          recipient: r,
          params: {
            programName: d.title ? `${d.programName}（${d.title}）` : d.programName,
            deadlineLabel: r.locale === 'en' ? d.labelEn : d.labelJa,
            deadline: d.dueOn,
            days: lead,
          },
        });
      }
    }
    return out;
  }

  /** Open follow-up actions of sessions: to whoever owns them (tenant, advisor, else the session's staff or the staff in charge). */
  private async followUpDue(s: SweepScope): Promise<ReminderCandidate[]> {
    const dates = s.leadDays.map((lead) => addDays(s.date, lead));
    const due = await this.sessions.followUpsDueOn(s.facilityId, dates);
    if (due.length === 0) return [];
    const names = await this.tenants.namesOf(
      s.facilityId,
      due.map((d) => d.tenantId),
    );
    const staff = await this.users.recipients(s.facilityId, { roles: STAFF_IN_CHARGE });
    const sessionStaff = await this.users.recipients(s.facilityId, {
      userIds: [...new Set(due.map((d) => d.staffId).filter((id): id is string => id !== null))],
    });
    const out: ReminderCandidate[] = [];
    for (const d of due) {
      const lead = s.leadDays.find((l) => addDays(s.date, l) === d.dueOn)!;
      let recipients: Recipient[];
      if (d.owner === 'tenant') recipients = await this.tenantUsers(s.facilityId, d.tenantId);
      else if (d.owner === 'advisor' && d.advisorId) {
        const advisor = await this.advisors.get(s.facilityId, d.advisorId);
        recipients = advisor.email
          ? [{ userId: advisor.userId, email: advisor.email, name: advisor.name, locale: 'ja' }]
          : staff;
      } else {
        const own = sessionStaff.filter((u) => u.userId === d.staffId);
        recipients = own.length ? own : staff;
      }
      for (const r of recipients) {
        out.push({
          kind: 'follow_up_due',
          dedupeKey: `follow_up_due:${d.sessionId}:${d.index}:${d.dueOn}:${lead}:${r.userId ?? r.email}`,
          recipient: r,
          params: { tenantName: names.get(d.tenantId) ?? '—', title: d.action, dueDate: d.dueOn },
        });
      }
    }
    return out;
  }

  /** Improvement-plan reviews falling due: to the staff in charge. */
  private async planReviewDue(s: SweepScope): Promise<ReminderCandidate[]> {
    const due = await this.plans.reviewsDueOn(
      s.facilityId,
      s.leadDays.map((lead) => addDays(s.date, lead)),
    );
    if (due.length === 0) return [];
    const staff = await this.users.recipients(s.facilityId, { roles: STAFF_IN_CHARGE });
    return due.flatMap((d) => {
      const lead = s.leadDays.find((l) => addDays(s.date, l) === d.dueOn)!;
      return staff.map((r) => ({
        kind: 'plan_review_due' as const,
        dedupeKey: `plan_review_due:${d.planId}:${d.dueOn}:${lead}:${r.userId}`,
        recipient: r,
        params: { tenantName: d.tenantName || '—', title: d.title, dueDate: d.dueOn },
      }));
    });
  }

  /** Referral check-ins falling due: to the staff in charge. */
  private async referralCheckInDue(s: SweepScope): Promise<ReminderCandidate[]> {
    const due = await this.checkIns.dueOn(
      s.facilityId,
      s.leadDays.map((lead) => addDays(s.date, lead)),
    );
    if (due.length === 0) return [];
    const staff = await this.users.recipients(s.facilityId, { roles: STAFF_IN_CHARGE });
    return due.flatMap((d) => {
      const lead = s.leadDays.find((l) => addDays(s.date, l) === d.dueOn)!;
      return staff.map((r) => ({
        kind: 'referral_check_in_due' as const,
        dedupeKey: `referral_check_in_due:${d.checkInId}:${d.dueOn}:${lead}:${r.userId}`,
        recipient: r,
        params: {
          tenantName: d.tenantName || '—',
          organizationName: d.organizationName || '—',
          dueDate: d.dueOn,
        },
      }));
    });
  }

  /**
   * Maximum tenure: on the day a tenant's last allowed day comes within `lead` months (it was not
   * within them the day before), to the tenant and the staff in charge; once per tenant, last
   * allowed day and lead time.
   */
  private async maxTenure(s: SweepScope): Promise<ReminderCandidate[]> {
    const out: ReminderCandidate[] = [];
    for (const lead of s.leadDays) {
      const today = await this.occupancy.nearingMaxTenure(s.facilityId, lead, s.date);
      const before = await this.occupancy.nearingMaxTenure(s.facilityId, lead, addDays(s.date, -1));
      const known = new Set(before.items.map((i) => `${i.tenantId}:${i.latestEndDate}`));
      const entering = today.items.filter((i) => !known.has(`${i.tenantId}:${i.latestEndDate}`));
      if (entering.length === 0) continue;
      const staff = await this.users.recipients(s.facilityId, { roles: STAFF_IN_CHARGE });
      for (const t of entering) {
        for (const r of [...(await this.tenantUsers(s.facilityId, t.tenantId)), ...staff]) {
          out.push({
            kind: 'max_tenure',
            dedupeKey: `max_tenure:${t.tenantId}:${t.latestEndDate}:${lead}:${r.userId}`,
            recipient: r,
            params: { tenantName: t.tenantName, limitDate: t.latestEndDate, months: lead },
          });
        }
      }
    }
    return out;
  }

  private tenantUsers(facilityId: string, tenantId: string): Promise<UserRecipient[]> {
    return this.users.recipients(facilityId, { tenantId });
  }
}

/** Which computed deadlines of a case remind at its stage (the gBizID hint and the project deadline do not). */
function remindsOf(key: string, stage: string): boolean {
  if (key === 'application_close' || key.startsWith('prerequisite.')) return stage === 'planning';
  if (key === 'performance_report') return !['reported', 'amount_fixed', 'claimed', 'paid'].includes(stage);
  return key.startsWith('commercialisation_report_');
}
