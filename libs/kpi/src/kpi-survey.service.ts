import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@tamago/core';
import { PgErrorCode, TransactionRunner, isPgError, saveScoped } from '@tamago/database';
import { facilityFiscalYearStart } from '@tamago/billing';
import { facilityToday } from '@tamago/facilities';
import { parseSurveyPeriod, surveyWindow } from './domain';
import { NewKpiSurvey } from './kpi-input';
import { KpiSubmission } from './kpi-submission.entity';
import { KpiSurvey } from './kpi-survey.entity';
import { KpiError } from './errors';

/** KPI survey periods: opening, listing and moving the submission window. */
@Injectable()
export class KpiSurveyService {
  constructor(private readonly tx: TransactionRunner) {}

  /** Opens a survey for a period; one per period (409). */
  async open(facilityId: string, actorId: string, input: NewKpiSurvey): Promise<KpiSurvey> {
    let period = parseSurveyPeriod(input.period); // 400 before anything opens
    try {
      return await this.tx.inFacility(
        facilityId,
        async (em) => {
          // Fiscal years and quarters follow the facility's fiscal-year start month.
          period = parseSurveyPeriod(input.period, 'period', await facilityFiscalYearStart(em, facilityId));
          const window = surveyWindow(period, await this.today(em, facilityId), input);
          return em.save(
            em.create(KpiSurvey, {
              facilityId,
              period: period.label,
              startDate: period.startDate,
              endDate: period.endDate,
              ...window,
            }),
          );
        },
        actorId,
      );
    } catch (e) {
      if (isPgError(e, PgErrorCode.UniqueViolation)) {
        throw new DomainError(
          ErrorCode.Conflict,
          KpiError.SurveyAlreadyOpen,
          `A survey for ${period.label} is already open.`,
          { params: { label: period.label }, errors: [{ field: 'period', message: 'already has a survey' }] },
        );
      }
      throw e;
    }
  }

  /** The facility's surveys, latest period first, with how many tenants answered each. */
  list(
    facilityId: string,
    page: { limit: number; offset: number },
  ): Promise<{ items: (KpiSurvey & { submissions: number })[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const [rows, total] = await em.findAndCount(KpiSurvey, {
        where: { facilityId },
        order: { startDate: 'DESC', period: 'ASC' },
        skip: page.offset,
        take: page.limit,
      });
      const counts = await em
        .createQueryBuilder(KpiSubmission, 's')
        .select('s.survey_id', 'surveyId')
        .addSelect('count(*)::int', 'n')
        .where('s.facility_id = :facilityId', { facilityId })
        .groupBy('s.survey_id')
        .getRawMany<{ surveyId: string; n: number }>();
      const countOf = new Map(counts.map((c) => [c.surveyId, c.n]));
      return { items: rows.map((r) => Object.assign(r, { submissions: countOf.get(r.id) ?? 0 })), total };
    });
  }

  /** One survey of the facility. */
  get(facilityId: string, id: string): Promise<KpiSurvey> {
    return this.tx.inFacility(facilityId, (em) => this.load(em, facilityId, id));
  }

  /** Moves the submission window (extend, reopen or close early). */
  update(
    facilityId: string,
    actorId: string,
    id: string,
    patch: { opensOn?: string; closesOn?: string },
  ): Promise<KpiSurvey> {
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const survey = await this.load(em, facilityId, id);
        const start = await facilityFiscalYearStart(em, facilityId);
        const window = surveyWindow(parseSurveyPeriod(survey.period, 'period', start), survey.opensOn, {
          opensOn: patch.opensOn ?? survey.opensOn,
          closesOn: patch.closesOn ?? survey.closesOn,
        });
        Object.assign(survey, window);
        return saveScoped(em, facilityId, survey);
      },
      actorId,
    );
  }

  /** Loads a survey inside an open transaction; another facility's id is 404. */
  async load(em: EntityManager, facilityId: string, id: string): Promise<KpiSurvey> {
    const survey = await em.findOneBy(KpiSurvey, { facilityId, id });
    if (!survey) throw DomainError.notFound(KpiError.SurveyNotFound, 'KPI survey', id);
    return survey;
  }

  /** Today in the facility's time zone (survey windows are business dates). */
  today(em: EntityManager, facilityId: string): Promise<string> {
    return facilityToday(em, facilityId);
  }

  /** Surveys that close on `date` (reminders ask for missing answers ahead of it). */
  closingOn(facilityId: string, date: string): Promise<KpiSurvey[]> {
    return this.tx.inFacility(facilityId, (em) =>
      em.find(KpiSurvey, { where: { facilityId, closesOn: date }, order: { id: 'ASC' } }),
    );
  }

  /** Surveys that open on `date` (for the survey invitations). */
  openingOn(facilityId: string, date: string): Promise<KpiSurvey[]> {
    return this.tx.inFacility(facilityId, (em) =>
      em.find(KpiSurvey, { where: { facilityId, opensOn: date }, order: { id: 'ASC' } }),
    );
  }

  /** Surveys open on `date` (opened on or before it and closing on or after it), for the invitations. */
  openOn(facilityId: string, date: string): Promise<KpiSurvey[]> {
    return this.tx.inFacility(facilityId, (em) =>
      em
        .createQueryBuilder(KpiSurvey, 's')
        .where('s.facility_id = :facilityId AND s.opens_on <= :date AND s.closes_on >= :date', { facilityId, date })
        .orderBy('s.opens_on', 'ASC')
        .addOrderBy('s.id', 'ASC')
        .getMany(),
    );
  }
}
