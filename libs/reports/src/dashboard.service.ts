import { Injectable } from '@nestjs/common';
import { addDays, clockNow, todayIn } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { facilityTimeZone } from '@tamago/facilities';
import { InvoicesService } from '@tamago/billing';
import { OccupancyService } from '@tamago/leasing';
import { ImprovementPlanService, ReferralCheckInService } from '@tamago/partners';
import { ArrearsService, PaymentService } from '@tamago/payments';
import { AdvisorySessionService, SubsidyApplicationService } from '@tamago/support';
import { TenantLookup, TenantService } from '@tamago/tenants';
import type { Dashboard, DashboardArrears, DashboardBilling, DashboardScope } from './dashboard.types';
import { dayBounds, monthBounds } from './facility-day';

/** How far ahead (or how many named items) the dashboard looks. */
export const DASHBOARD_WINDOWS = { deadlineDays: 14, leaseEndingDays: 90, tenureMonths: 6, items: 5 } as const;

/**
 * The staff home, read through each context's public services: every part is a few set-based
 * queries (counts and sums in SQL, a handful of named rows), never one query per tenant or room.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly tenants: TenantService,
    private readonly tenantLookup: TenantLookup,
    private readonly occupancy: OccupancyService,
    private readonly invoices: InvoicesService,
    private readonly payments: PaymentService,
    private readonly arrears: ArrearsService,
    private readonly subsidies: SubsidyApplicationService,
    private readonly sessions: AdvisorySessionService,
    private readonly checkIns: ReferralCheckInService,
    private readonly plans: ImprovementPlanService,
  ) {}

  /**
   * Every part is read in one facility transaction (the services' own inFacility calls join it), one
   * part after another: one connection per request instead of ten at once, and one BEGIN, settings
   * and COMMIT instead of ten.
   */
  get(facilityId: string, scope: DashboardScope): Promise<Dashboard> {
    return this.tx.inOneFacilityTransaction(facilityId, () => this.read(facilityId, scope));
  }

  private async read(facilityId: string, scope: DashboardScope): Promise<Dashboard> {
    const timeZone = await this.tx.inFacility(facilityId, (em) => facilityTimeZone(em, facilityId));
    const today = todayIn(timeZone, clockNow());
    const month = today.slice(0, 7);
    const day = dayBounds(today, timeZone);
    const w = DASHBOARD_WINDOWS;
    // Awaited one by one: they share one connection, which runs one statement at a time anyway.
    const counts = await this.tenantLookup.countByStatus(facilityId);
    const occ = await this.occupancy.report(facilityId, today);
    const billing = scope.money ? await this.billing(facilityId, month) : null;
    const arrears = scope.money ? await this.arrearsOf(facilityId, today) : null;
    const deadlines = await this.subsidies.deadlinesBetween(facilityId, today, addDays(today, w.deadlineDays));
    const sessions = await this.sessions.between(facilityId, day.from, day.to);
    const ending = await this.occupancy.endingWithin(facilityId, w.leaseEndingDays);
    const tenure = await this.occupancy.nearingMaxTenure(facilityId, w.tenureMonths);
    const followUps = await this.checkIns.overdueWithReferrals(facilityId, w.items);
    const reviews = await this.plans.overdueReviews(facilityId, { limit: w.items, offset: 0 });
    const firstDeadlines = deadlines.slice(0, w.items);
    const firstSessions = sessions.slice(0, w.items);
    const names = await this.tenants.namesOf(facilityId, [
      ...firstDeadlines.map((d) => d.tenantId),
      ...firstSessions.map((s) => s.tenantId),
      ...ending.items.slice(0, w.items).map((l) => l.tenantId),
      ...tenure.items.slice(0, w.items).map((t) => t.tenantId),
      ...followUps.items.map((c) => c.referral!.tenantId),
      ...reviews.items.map((p) => p.plan.tenantId),
    ]);
    const name = (id: string) => names.get(id) ?? '';
    return {
      asOf: today,
      month,
      timeZone,
      tenants: {
        active: counts.active ?? 0,
        applicants: (counts.applicant ?? 0) + (counts.screening ?? 0) + (counts.approved ?? 0),
        alumni: counts.graduated ?? 0,
        listPath: '/tenants?status=active',
      },
      occupancy: {
        rooms: {
          occupied: occ.rooms.occupied,
          total: occ.rooms.total,
          vacant: occ.vacantSpaces.length,
          rate: occ.rooms.rate,
        },
        area: { occupiedSqm: occ.area.occupiedSqm, totalSqm: occ.area.totalSqm, rate: occ.area.rate },
        vacantRooms: occ.vacantSpaces.slice(0, w.items).map((s) => ({
          spaceId: s.id,
          code: s.code,
          roomType: s.type?.nameJa ?? '',
          areaSqm: s.areaSqm,
        })),
        listPath: `/occupancy?asOf=${today}`,
      },
      billing,
      arrears,
      subsidyDeadlines: {
        days: w.deadlineDays,
        count: deadlines.length,
        listPath: '/subsidy-applications',
        items: firstDeadlines.map((d) => ({
          applicationId: d.applicationId,
          tenantId: d.tenantId,
          tenantName: name(d.tenantId),
          programName: d.programName,
          key: d.key,
          label: d.labelJa,
          labelEn: d.labelEn,
          dueOn: d.dueOn,
        })),
      },
      sessionsToday: {
        count: sessions.length,
        listPath: `/advisory-sessions?from=${day.from.toISOString()}&to=${day.to.toISOString()}`,
        items: firstSessions.map((s) => ({
          sessionId: s.id,
          startsAt: s.startsAt.toISOString(),
          endsAt: s.endsAt.toISOString(),
          tenantId: s.tenantId,
          tenantName: name(s.tenantId),
          advisorId: s.advisorId,
          advisorName: s.advisor?.name ?? null,
          topic: s.topic,
          status: s.status,
        })),
      },
      leasesEnding: {
        days: w.leaseEndingDays,
        count: ending.items.length,
        listPath: `/leases/ending?days=${w.leaseEndingDays}`,
        items: ending.items.slice(0, w.items).map((l) => ({
          leaseId: l.id,
          tenantId: l.tenantId,
          tenantName: name(l.tenantId),
          endDate: l.endDate,
        })),
      },
      tenureNearing: {
        months: w.tenureMonths,
        maxTenureMonths: tenure.maxTenureMonths,
        count: tenure.items.length,
        listPath: `/leases/nearing-max-tenure?months=${w.tenureMonths}`,
        items: tenure.items.slice(0, w.items).map((t) => ({
          tenantId: t.tenantId,
          tenantName: name(t.tenantId),
          latestEndDate: t.latestEndDate,
          monthsRemaining: t.monthsRemaining,
        })),
      },
      followUpsOverdue: {
        count: followUps.total,
        listPath: '/referrals/follow-ups?overdue=true',
        items: followUps.items.map((c) => ({
          checkInId: c.id,
          referralId: c.referralId,
          tenantId: c.referral!.tenantId,
          tenantName: name(c.referral!.tenantId),
          need: c.referral!.need,
          dueOn: c.dueOn,
        })),
      },
      planReviewsOverdue: {
        count: reviews.total,
        listPath: '/improvement-plans/overdue-reviews',
        items: reviews.items.map(({ plan }) => ({
          planId: plan.id,
          tenantId: plan.tenantId,
          tenantName: name(plan.tenantId),
          title: plan.title,
          nextReviewOn: plan.nextReviewOn ?? '',
        })),
      },
    };
  }

  private async billing(facilityId: string, month: string): Promise<DashboardBilling> {
    const { from, to } = monthBounds(month);
    const [totals] = await this.invoices.periodTotals(facilityId, month, month);
    const paid = await this.payments.totalsBetween(facilityId, from, to);
    return {
      period: month,
      invoices: totals?.invoices ?? 0,
      billed: totals?.billed ?? 0,
      paidOnMonthInvoices: totals?.paid ?? 0,
      collected: paid.received,
      refunded: paid.refunded,
      payments: paid.payments,
      invoicesPath: `/invoices?period=${month}&kind=invoice`,
      paymentsPath: `/payments?from=${from}&to=${to}`,
    };
  }

  private async arrearsOf(facilityId: string, today: string): Promise<DashboardArrears> {
    const report = await this.arrears.report(facilityId, today);
    return {
      aging: report.totals,
      overdue: report.totals.total - report.totals.current,
      tenants: report.tenants.length,
      worst: report.tenants.slice(0, DASHBOARD_WINDOWS.items).map((t) => ({
        tenantId: t.tenantId,
        tenantName: t.tenantName,
        balance: t.balance,
        dunningLevel: t.dunningLevel,
      })),
      listPath: `/arrears?asOf=${today}`,
    };
  }
}
