import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@tamago/config';
import { TransactionRunner } from '@tamago/database';
import { FacilitiesService } from '@tamago/facilities';
import { NotificationService } from '@tamago/notifications';
import { SweepCounts, emptyCounts } from './reminder-kinds';
import { ReminderSettingsService } from './reminder-settings.service';
import { ReminderSources } from './reminder-sources';

export interface SweepResult {
  facilityId: string;
  date: string;
  counts: SweepCounts;
}

/** Reminders written per transaction (set-based: a few round trips for the whole batch). */
const SWEEP_BATCH = 100;

/**
 * The daily reminder sweep of one facility and local date. Reminders are written in transactions
 * of up to SWEEP_BATCH, each reminder whole (inbox row, delivery record and outbox mail in its
 * batch's transaction), under a unique key per recipient, kind and occasion: a sweep run twice, retried after a crash, or run on two workers
 * writes (and mails) each reminder once, and a sweep killed half-way leaves only whole reminders.
 */
@Injectable()
export class ReminderSweepService {
  private readonly logger = new Logger(ReminderSweepService.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly facilities: FacilitiesService,
    private readonly settings: ReminderSettingsService,
    private readonly sources: ReminderSources,
    private readonly notifications: NotificationService,
    private readonly config: AppConfig,
  ) {}

  /** Sweeps one facility as of a local date; `onProgress` gets 0–100. */
  async sweep(facilityId: string, date: string, onProgress?: (p: number) => Promise<void>): Promise<SweepResult> {
    const facility = await this.facilities.get(facilityId);
    const counts = emptyCounts();
    const kinds = (await this.settings.list(facilityId)).filter((k) => k.enabled);
    // With the test hook's pause, one reminder per transaction, so a kill lands between two.
    const batch = this.config.REMINDER_SWEEP_PAUSE_MS ? 1 : SWEEP_BATCH;
    for (const [i, k] of kinds.entries()) {
      const scope = { facilityId, timeZone: facility.timeZone, date, leadDays: k.leadDays };
      const candidates = await this.sources.collect(k.kind, scope);
      for (let from = 0; from < candidates.length; from += batch) {
        const chunk = candidates.slice(from, from + batch);
        // Rendered before the transaction opens, so it is held only for the writes.
        const rendered = await this.notifications.renderMany(
          chunk.map((c) => ({
            kind: c.kind,
            dedupeKey: c.dedupeKey,
            recipient: c.recipient,
            params: { ...c.params, facilityName: facility.name },
          })),
        );
        const outcomes = await this.tx.inFacility(facilityId, (em) =>
          this.notifications.writeManyIn(em, facilityId, rendered),
        );
        for (const [j, outcome] of outcomes.entries()) {
          const c = chunk[j];
          if (!outcome.created) counts[c.kind].alreadySent += 1;
          else if (outcome.email === 'queued') counts[c.kind].sent += 1;
          else counts[c.kind].inboxOnly += 1;
        }
        if (this.config.REMINDER_SWEEP_PAUSE_MS)
          await new Promise((r) => setTimeout(r, this.config.REMINDER_SWEEP_PAUSE_MS));
      }
      await onProgress?.(Math.round(((i + 1) / kinds.length) * 100));
    }
    this.logger.log({ msg: 'reminder sweep done', facilityId, date, counts });
    return { facilityId, date, counts };
  }
}
