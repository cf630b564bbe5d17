import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { ReportSettings } from './report-settings.entity';
import { REPORT_FORMATS, type ReportFormat } from './report-request';
import { ReportsError } from './errors';

/** A facility's report settings as read and written by people. */
export interface ReportSettingsView {
  recipients: string[];
  monthlyEnabled: boolean;
  fiscalYearEnabled: boolean;
  scheduledFormat: ReportFormat;
  retentionDays: number;
}

export const DEFAULT_REPORT_SETTINGS: ReportSettingsView = {
  recipients: [],
  monthlyEnabled: true,
  fiscalYearEnabled: true,
  scheduledFormat: 'pdf',
  retentionDays: 90,
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Who gets the scheduled reports, in which format, and how many days files are kept. */
@Injectable()
export class ReportSettingsService {
  constructor(private readonly tx: TransactionRunner) {}

  get(facilityId: string): Promise<ReportSettingsView> {
    return this.tx.inFacility(facilityId, (em) => this.getIn(em, facilityId));
  }

  async getIn(em: EntityManager, facilityId: string): Promise<ReportSettingsView> {
    const row = await em.findOneBy(ReportSettings, { facilityId });
    if (!row) return { ...DEFAULT_REPORT_SETTINGS };
    return {
      recipients: row.recipients,
      monthlyEnabled: row.monthlyEnabled,
      fiscalYearEnabled: row.fiscalYearEnabled,
      scheduledFormat: row.scheduledFormat,
      retentionDays: row.retentionDays,
    };
  }

  /** Changes the given fields; recipients replace the list (at most 20 distinct addresses). */
  save(facilityId: string, actorId: string, patch: Partial<ReportSettingsView>): Promise<ReportSettingsView> {
    const next = check(patch);
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const current = await this.getIn(em, facilityId);
        await em.save(ReportSettings, { facilityId, ...current, ...next });
        return this.getIn(em, facilityId);
      },
      actorId,
    );
  }
}

function check(patch: Partial<ReportSettingsView>): Partial<ReportSettingsView> {
  const out: Partial<ReportSettingsView> = {};
  if (patch.recipients !== undefined) {
    const list = [...new Set(patch.recipients.map((r) => r.trim().toLowerCase()))];
    list.forEach((r, i) => {
      if (!EMAIL.test(r))
        throw DomainError.invalid(ReportsError.RecipientNotEmail, `recipients[${i}]`, `${r} is not an email address.`, {
          recipient: r,
        });
    });
    if (list.length > 20)
      throw DomainError.invalid(ReportsError.TooManyRecipients, 'recipients', 'At most 20 recipients.');
    out.recipients = list;
  }
  if (patch.retentionDays !== undefined) {
    if (!Number.isInteger(patch.retentionDays) || patch.retentionDays < 1 || patch.retentionDays > 3650)
      throw DomainError.invalid(
        ReportsError.RetentionDaysInvalid,
        'retentionDays',
        'retentionDays must be a whole number of days from 1 to 3650.',
      );
    out.retentionDays = patch.retentionDays;
  }
  if (patch.scheduledFormat !== undefined) {
    if (!REPORT_FORMATS.includes(patch.scheduledFormat))
      throw DomainError.invalid(
        ReportsError.ScheduledFormatUnknown,
        'scheduledFormat',
        `scheduledFormat must be one of ${REPORT_FORMATS.join(', ')}.`,
        { allowed: REPORT_FORMATS.join(', ') },
      );
    out.scheduledFormat = patch.scheduledFormat;
  }
  if (patch.monthlyEnabled !== undefined) out.monthlyEnabled = patch.monthlyEnabled;
  if (patch.fiscalYearEnabled !== undefined) out.fiscalYearEnabled = patch.fiscalYearEnabled;
  return out;
}
