import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '@tamago/core';
import { PgErrorCode, TransactionRunner, isPgError, queryRows, saveAllScoped, saveScoped } from '@tamago/database';
import { Tenant, TenantLookup, TenantService } from '@tamago/tenants';
import { isSurveyOpen } from './domain';
import { KpiFigures, KpiSubmitter } from './kpi-input';
import { KpiDraft } from './kpi-draft.entity';
import { KpiSubmission } from './kpi-submission.entity';
import { KpiSurveyService } from './kpi-survey.service';
import { KpiSurvey } from './kpi-survey.entity';
import { KpiError } from './errors';

/** A submission with its survey's period, as a tenant's history shows it. */
export interface KpiHistoryEntry extends KpiSubmission {
  period: string;
  startDate: string;
  endDate: string;
}

/** Tenants' KPI submissions: submit (or resubmit), who is missing, history per tenant. */
/** One tenant's KPI figures over a range (reports); yen amounts are integers. */
export interface KpiTenantTotals {
  tenantId: string;
  submissions: number;
  revenue: number;
  moneyRaised: number;
  employees: number;
  patents: number;
  productsLaunched: number;
}

@Injectable()
export class KpiSubmissionService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly surveys: KpiSurveyService,
    private readonly tenants: TenantService,
    private readonly tenantLookup: TenantLookup,
  ) {}

  /**
   * Records a tenant's figures for a survey; a second submission updates the first. Tenant users
   * may submit only while the survey is open; staff may also enter late answers on a tenant's
   * behalf. The tenant must be one the survey asks (active, or an alumnus in follow-up): 409.
   */
  async submit(
    facilityId: string,
    submitter: KpiSubmitter,
    surveyId: string,
    tenantId: string,
    figures: KpiFigures,
  ): Promise<{ submission: KpiSubmission; created: boolean }> {
    const survey = await this.surveys.get(facilityId, surveyId);
    await this.assertAsked(facilityId, survey, tenantId, submitter.asTenant);
    const write = () =>
      this.tx.inFacility(
        facilityId,
        async (em) => {
          const today = await this.surveys.today(em, facilityId);
          if (submitter.asTenant && !isSurveyOpen(survey, today)) {
            throw DomainError.conflict(
              KpiError.SurveyClosed,
              `The ${survey.period} survey takes answers from ${survey.opensOn} to ${survey.closesOn}; ask the facility to enter a late answer.`,
              { period: survey.period, opensOn: survey.opensOn, closesOn: survey.closesOn },
            );
          }
          const existing = await em.findOneBy(KpiSubmission, { facilityId, surveyId, tenantId });
          const row = existing ?? em.create(KpiSubmission, { facilityId, surveyId, tenantId });
          Object.assign(row, {
            employees: figures.employees,
            revenue: figures.revenue,
            moneyRaised: figures.moneyRaised,
            patents: figures.patents,
            productsLaunched: figures.productsLaunched,
            note: figures.note ?? null,
            enteredBy: submitter.asTenant ? 'tenant' : 'staff',
            submittedBy: submitter.userId,
          });
          const submission = await saveScoped(em, facilityId, row);
          // The tenant's own draft has become the answer.
          if (submitter.asTenant) await em.delete(KpiDraft, { facilityId, surveyId, tenantId });
          return { submission, created: !existing };
        },
        submitter.userId,
      );
    try {
      return await write();
    } catch (e) {
      // Two first submissions at once: the unique index lets one win; the other becomes an update.
      if (isPgError(e, PgErrorCode.UniqueViolation)) return write();
      throw e;
    }
  }

  /**
   * Staff entry of many answers to one survey at once (a batch of paper forms, an imported history):
   * one transaction, the asked tenants checked together (409 naming the first one not asked), a
   * second answer of a tenant updating its first. `at` dates an answer when it was given, for
   * history entered afterwards; it is not something a request can set.
   */
  async enterMany(
    facilityId: string,
    userId: string,
    surveyId: string,
    entries: { tenantId: string; figures: KpiFigures; at?: Date }[],
  ): Promise<number> {
    const survey = await this.surveys.get(facilityId, surveyId);
    const asked = new Set((await this.tenantLookup.activeAndAlumni(facilityId, survey.startDate)).map((t) => t.id));
    const stray = entries.find((e) => !asked.has(e.tenantId));
    if (stray) await this.assertAsked(facilityId, survey, stray.tenantId, false);
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const existing = new Map(
          (await em.findBy(KpiSubmission, { facilityId, surveyId })).map((r) => [r.tenantId, r] as const),
        );
        for (const { tenantId, figures, at } of entries) {
          const row = existing.get(tenantId) ?? em.create(KpiSubmission, { facilityId, surveyId, tenantId });
          if (at && !existing.has(tenantId)) row.createdAt = at;
          Object.assign(row, {
            employees: figures.employees,
            revenue: figures.revenue,
            moneyRaised: figures.moneyRaised,
            patents: figures.patents,
            productsLaunched: figures.productsLaunched,
            note: figures.note ?? null,
            enteredBy: 'staff',
            submittedBy: userId,
          });
          existing.set(tenantId, row);
        }
        await saveAllScoped(em, facilityId, [...existing.values()]);
        return entries.length;
      },
      userId,
    );
  }

  /** The submissions of a survey. */
  list(facilityId: string, surveyId: string): Promise<KpiSubmission[]> {
    return this.tx.inFacility(facilityId, async (em) => {
      await this.surveys.load(em, facilityId, surveyId);
      return em.find(KpiSubmission, { where: { facilityId, surveyId }, order: { createdAt: 'ASC', id: 'ASC' } });
    });
  }

  /** A tenant's own submission to a survey (404 when it has not submitted). */
  own(facilityId: string, surveyId: string, tenantId: string): Promise<KpiSubmission> {
    return this.tx.inFacility(facilityId, async (em) => {
      await this.surveys.load(em, facilityId, surveyId);
      const row = await em.findOneBy(KpiSubmission, { facilityId, surveyId, tenantId });
      if (!row) throw DomainError.notFound(KpiError.SubmissionNotFound, 'KPI submission');
      return row;
    });
  }

  /** Tenants the survey asks that have not submitted yet, by kana. */
  async missing(facilityId: string, surveyId: string): Promise<Tenant[]> {
    const survey = await this.surveys.get(facilityId, surveyId);
    const asked = await this.tenantLookup.activeAndAlumni(facilityId, survey.startDate);
    const answered = new Set((await this.list(facilityId, surveyId)).map((s) => s.tenantId));
    return asked.filter((t) => !answered.has(t.id));
  }

  /** A tenant's submissions over time, oldest period first; `ownTenantId` confines tenant users (404 otherwise). */
  async history(facilityId: string, tenantId: string, ownTenantId: string | null): Promise<KpiHistoryEntry[]> {
    await this.tenants.get(facilityId, tenantId, ownTenantId);
    return this.tx.inFacility(facilityId, async (em) => {
      const rows = await em.find(KpiSubmission, {
        where: { facilityId, tenantId },
        relations: { survey: true },
      });
      return rows
        .map((r) =>
          Object.assign(r, { period: r.survey!.period, startDate: r.survey!.startDate, endDate: r.survey!.endDate }),
        )
        .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
    });
  }

  private async assertAsked(facilityId: string, survey: KpiSurvey, tenantId: string, asTenant: boolean): Promise<void> {
    const asked = await this.tenantLookup.activeAndAlumni(facilityId, survey.startDate);
    if (asked.some((t) => t.id === tenantId)) return;
    // Staff naming an unknown tenant get 404 (other facilities' ids included); a known one not asked is 409.
    await this.tenants.get(facilityId, tenantId);
    if (asTenant)
      throw DomainError.conflict(
        KpiError.CompanyNotAsked,
        `Your company is not asked for the ${survey.period} survey.`,
        { period: survey.period },
      );
    throw new DomainError(
      ErrorCode.Conflict,
      KpiError.TenantNotAsked,
      `This tenant is not asked for the ${survey.period} survey (only active tenants and alumni in their five-year follow-up).`,
      { params: { period: survey.period } },
    );
  }

  /**
   * KPI figures per tenant from surveys whose period lies within [from, to]: revenue and money
   * raised summed, employees and patents from the latest survey (they are stocks), in one query.
   */
  totalsByTenant(facilityId: string, from: string, to: string): Promise<KpiTenantTotals[]> {
    return this.tx.inFacility(facilityId, async (em) => {
      const rows = await queryRows<Record<string, string>>(
        em,
        `SELECT s.tenant_id, COUNT(*)::int AS submissions,
                COALESCE(SUM(s.revenue), 0) AS revenue, COALESCE(SUM(s.money_raised), 0) AS money_raised,
                (ARRAY_AGG(s.employees ORDER BY v.end_date DESC))[1] AS employees,
                COALESCE(SUM(s.products_launched), 0) AS products,
                (ARRAY_AGG(s.patents ORDER BY v.end_date DESC))[1] AS patents
           FROM kpi_submissions s JOIN kpi_surveys v ON v.id = s.survey_id AND v.facility_id = s.facility_id
          WHERE s.facility_id = $1 AND v.start_date >= $2 AND v.end_date <= $3
          GROUP BY s.tenant_id`,
        [facilityId, from, to],
      );
      return rows.map((r) => ({
        tenantId: r.tenant_id,
        submissions: Number(r.submissions),
        revenue: Number(r.revenue),
        moneyRaised: Number(r.money_raised),
        employees: Number(r.employees),
        patents: Number(r.patents),
        productsLaunched: Number(r.products),
      }));
    });
  }
}
