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

/**
 * The daily reminder sweep of one facility and local date. Each reminder is written in a
 * transaction of its own (inbox row, delivery record and outbox mail together), under a unique key
 * per recipient, kind and occasion: a sweep run twice, retried after a crash, or run on two workers
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
    for (const [i, k] of kinds.entries()) {
      const scope = { facilityId, timeZone: facility.timeZone, date, leadDays: k.leadDays };
      for (const c of await this.sources.collect(k.kind, scope)) {
        const outcome = await this.tx.inFacility(facilityId, (em) =>
          this.notifications.notifyIn(em, facilityId, {
            kind: c.kind,
            dedupeKey: c.dedupeKey,
            recipient: c.recipient,
            params: { ...c.params, facilityName: facility.name },
          }),
        );
        if (!outcome.created) counts[c.kind].alreadySent += 1;
        else if (outcome.email === 'queued') counts[c.kind].sent += 1;
        else counts[c.kind].inboxOnly += 1;
        if (this.config.REMINDER_SWEEP_PAUSE_MS)
          await new Promise((r) => setTimeout(r, this.config.REMINDER_SWEEP_PAUSE_MS));
      }
      await onProgress?.(Math.round(((i + 1) / kinds.length) * 100));
    }
    this.logger.log({ msg: 'reminder sweep done', facilityId, date, counts });
    return { facilityId, date, counts };
  }
}
