import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TransactionRunner } from '@tamago/database';
import { QuotaPolicy } from './domain';
import { SupportSettings } from './support-settings.entity';
import { SupportSettingsInput } from './support-input';

/** The facility's support rules as read (defaults when never saved). */
export interface SupportSettingsView {
  freeSessionsPerYear: number;
  quotaPolicy: QuotaPolicy;
  tenantCancelHours: number;
}

const DEFAULTS: SupportSettingsView = { freeSessionsPerYear: 4, quotaPolicy: 'refuse', tenantCancelHours: 24 };

/** Free-session quota, its policy and the tenant cancellation cut-off. */
@Injectable()
export class SupportSettingsService {
  constructor(private readonly tx: TransactionRunner) {}

  /** Reads the settings inside an open transaction. */
  async read(em: EntityManager, facilityId: string): Promise<SupportSettingsView> {
    const row = await em.findOneBy(SupportSettings, { facilityId });
    return row ? pick(row) : { ...DEFAULTS };
  }

  /** Reads the facility's settings. */
  get(facilityId: string): Promise<SupportSettingsView> {
    return this.tx.inFacility(facilityId, (em) => this.read(em, facilityId));
  }

  /** Changes the facility's settings. */
  save(facilityId: string, actorId: string, input: SupportSettingsInput): Promise<SupportSettingsView> {
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const row =
          (await em.findOneBy(SupportSettings, { facilityId })) ??
          em.create(SupportSettings, { facilityId, ...DEFAULTS });
        Object.assign(row, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
        await em.save(SupportSettings, row); // keyed by facility_id: the write names the facility by its key
        return pick(row);
      },
      actorId,
    );
  }
}

function pick(row: SupportSettings): SupportSettingsView {
  return {
    freeSessionsPerYear: row.freeSessionsPerYear,
    quotaPolicy: row.quotaPolicy,
    tenantCancelHours: row.tenantCancelHours,
  };
}
