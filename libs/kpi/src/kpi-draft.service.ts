import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { DomainError } from '@tamago/core';
import { PgErrorCode, TransactionRunner, isPgError, removeScoped, saveScoped } from '@tamago/database';
import { isSurveyOpen } from './domain';
import { KpiError } from './errors';
import { KpiDraft, KpiDraftValues } from './kpi-draft.entity';
import { KpiSurveyService } from './kpi-survey.service';

/** A tenant's saved draft of a survey answer. */
export interface KpiDraftView {
  surveyId: string;
  values: KpiDraftValues;
  savedAt: Date;
}

const FIGURES = ['employees', 'revenue', 'moneyRaised', 'patents', 'productsLaunched'] as const;

/** Drafts of tenants' KPI answers: saved while the survey is open, read with the survey, gone once submitted. */
@Injectable()
export class KpiDraftService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly surveys: KpiSurveyService,
  ) {}

  /**
   * Saves (replaces) the tenant's draft of a survey while the survey takes answers (409 otherwise;
   * 404 for another facility's survey). Only the known figures and the note are kept.
   */
  async save(
    facilityId: string,
    userId: string,
    surveyId: string,
    tenantId: string,
    values: KpiDraftValues,
  ): Promise<KpiDraftView> {
    const survey = await this.surveys.get(facilityId, surveyId);
    const clean: KpiDraftValues = {};
    for (const k of FIGURES) if (values[k] !== undefined) clean[k] = values[k];
    if (values.note !== undefined) clean.note = values.note;
    const write = () =>
      this.tx.inFacility(
        facilityId,
        async (em) => {
          const today = await this.surveys.today(em, facilityId);
          if (!isSurveyOpen(survey, today)) {
            throw DomainError.conflict(
              KpiError.SurveyClosedForDraft,
              `The ${survey.period} survey takes answers from ${survey.opensOn} to ${survey.closesOn}; a draft can be kept only meanwhile.`,
              { period: survey.period, opensOn: survey.opensOn, closesOn: survey.closesOn },
            );
          }
          const existing = await em.findOneBy(KpiDraft, { facilityId, surveyId, tenantId });
          if (existing) {
            existing.values = clean;
            existing.savedBy = userId;
            existing.updatedAt = new Date();
            return saveScoped(em, facilityId, existing);
          }
          return em.save(em.create(KpiDraft, { facilityId, surveyId, tenantId, values: clean, savedBy: userId }));
        },
        userId,
      );
    let row: KpiDraft;
    try {
      row = await write();
    } catch (e) {
      // Two first saves at once (two devices): the unique index lets one win; the other replaces it.
      if (!isPgError(e, PgErrorCode.UniqueViolation)) throw e;
      row = await write();
    }
    return { surveyId, values: row.values, savedAt: row.updatedAt };
  }

  /** The tenant's drafts of the given surveys, in one query (surveys without a draft are absent). */
  async draftsOf(facilityId: string, tenantId: string, surveyIds: readonly string[]): Promise<KpiDraftView[]> {
    if (surveyIds.length === 0) return [];
    const rows = await this.tx.inFacility(facilityId, (em) =>
      em.findBy(KpiDraft, { facilityId, tenantId, surveyId: In([...surveyIds]) }),
    );
    return rows.map((r) => ({ surveyId: r.surveyId, values: r.values, savedAt: r.updatedAt }));
  }

  /** Discards the tenant's draft of a survey (nothing to discard is fine; another facility's survey is 404). */
  async discard(facilityId: string, userId: string, surveyId: string, tenantId: string): Promise<void> {
    await this.surveys.get(facilityId, surveyId);
    await this.tx.inFacility(
      facilityId,
      async (em) => {
        const existing = await em.findOneBy(KpiDraft, { facilityId, surveyId, tenantId });
        if (existing) await removeScoped(em, facilityId, existing);
      },
      userId,
    );
  }
}
