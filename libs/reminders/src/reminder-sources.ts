import { Injectable } from '@nestjs/common';
import { InvoicesService } from '@tamago/billing';
import { addDays } from '@tamago/core';
import { Role, UserDirectoryService, UserRecipient } from '@tamago/identity';
import { KpiSubmissionService, KpiSurveyService } from '@tamago/kpi';
import { OccupancyService } from '@tamago/leasing';
import { MessageParams, Recipient } from '@tamago/notifications';
import { ArrearsService } from '@tamago/payments';
import { SpaceService } from '@tamago/spaces';
import { AdvisorService, AdvisorySessionService } from '@tamago/support';
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
    }
  }

  private async invoiceDue(s: SweepScope): Promise<ReminderCandidate[]> {
    const open = await this.invoices.openInvoices(s.facilityId, null);
    const out: ReminderCandidate[] = [];
    for (const lead of s.leadDays) {
      const due = addDays(s.date, lead);
      for (const inv of open.filter((i) => i.dueDate === due)) {
        for (const r of await this.tenantUsers(s.facilityId, inv.tenantId)) {
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
      for (const r of await this.tenantUsers(s.facilityId, t.tenantId)) {
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

  private tenantUsers(facilityId: string, tenantId: string): Promise<UserRecipient[]> {
    return this.users.recipients(facilityId, { tenantId });
  }
}
