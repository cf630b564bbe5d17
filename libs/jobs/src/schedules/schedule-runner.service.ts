import { Inject, Injectable, Logger } from '@nestjs/common';
import { TransactionRunner, queryRows } from '@tamago/database';
import { jobId } from '../job-id';
import { JobProducer } from '../job-producer';
import { OutboxService } from '../outbox.service';
import { FACILITY_DIRECTORY, FacilityDirectory } from './facility-directory';
import { EntityManager } from 'typeorm';
import { FacilityScheduleContext, FacilityScheduleKind } from './facility-schedule';
import { instantAt, localMoment, plusDays } from './schedule-clock';
import { ScheduleRegistry } from './schedule-registry';
import { ScheduleSettingsService, contextOf, view } from './schedule-settings.service';

/** Minutes between platform ticks; occasions start at the first tick at or after their local time. */
export const TICK_MINUTES = 5;

/** One row of `jobs:schedules`: a kind's next run for one facility. */
export interface NextRun {
  facilityId: string;
  facilityName: string;
  timeZone: string;
  kind: string;
  enabled: boolean;
  /** The next run as an instant, and as the facility's local date and time. */
  next: string | null;
  nextLocal: string | null;
}

/**
 * Evaluates the scheduled kinds. The platform tick fans out one facility tick per facility; the
 * facility tick judges every kind in the facility's time zone and starts each due occasion once: the
 * occasion row (unique per facility, kind and local date) and the kind's outbox work commit together.
 */
@Injectable()
export class ScheduleRunner {
  private readonly logger = new Logger(ScheduleRunner.name);

  constructor(
    private readonly tx: TransactionRunner,
    @Inject(FACILITY_DIRECTORY) private readonly facilities: FacilityDirectory,
    private readonly registry: ScheduleRegistry,
    private readonly settings: ScheduleSettingsService,
    private readonly outbox: OutboxService,
    private readonly jobs: JobProducer,
  ) {}

  /** The platform tick: one facility-tick job per facility, with an id per tick slot (two ticks, one job). */
  async tick(at: Date): Promise<number> {
    const slot = Math.floor(at.getTime() / (TICK_MINUTES * 60_000)) * TICK_MINUTES * 60_000;
    const facilities = await this.facilities.list();
    await this.jobs.addBulk(
      facilities.map((f) => ({
        name: 'facility-tick' as const,
        payload: { facilityId: f.id, at: new Date(slot).toISOString() },
        opts: { id: jobId('facility-tick', f.id, slot) },
      })),
    );
    return facilities.length;
  }

  /** One facility's tick: answers the kinds it started. */
  async runFacility(facilityId: string, timeZone: string, at: Date): Promise<string[]> {
    const now = localMoment(at, timeZone);
    const started: string[] = [];
    for (const kind of this.registry.list()) {
      const didStart = await this.tx.inFacility(facilityId, async (em) => {
        const v = view(kind, (await this.settings.rows(em, facilityId)).get(kind.kind));
        const ctx = await withFacts(kind, em, contextOf(facilityId, timeZone, v));
        if (!v.enabled || !kind.firesOn(now.date, ctx) || now.time < v.localTime) return false;
        const rows = await queryRows<{ id: string }>(
          em,
          `INSERT INTO schedule_runs (facility_id, kind, occasion) VALUES ($1, $2, $3)
             ON CONFLICT (facility_id, kind, occasion) DO NOTHING RETURNING id`,
          [facilityId, kind.kind, now.date],
        );
        if (rows.length === 0) return false;
        await kind.start(em, this.outbox, now.date, ctx);
        return true;
      });
      if (didStart) {
        started.push(kind.kind);
        this.logger.log({ msg: 'scheduled occasion started', facilityId, kind: kind.kind, occasion: now.date });
      }
    }
    return started;
  }

  /** The next run of every kind for every facility (or one), judged from `from`. */
  async nextRuns(from: Date, facilityId?: string): Promise<NextRun[]> {
    const facilities = (await this.facilities.list()).filter((f) => !facilityId || f.id === facilityId);
    const out: NextRun[] = [];
    for (const f of facilities) {
      const rows = await this.tx.inFacility(f.id, (em) => this.settings.rows(em, f.id));
      for (const kind of this.registry.list()) {
        const v = view(kind, rows.get(kind.kind));
        const ctx = await this.tx.inFacility(f.id, (em) => withFacts(kind, em, contextOf(f.id, f.timeZone, v)));
        const next = v.enabled ? nextOccasion(kind, ctx, from) : null;
        out.push({
          facilityId: f.id,
          facilityName: f.name,
          timeZone: f.timeZone,
          kind: kind.kind,
          enabled: v.enabled,
          next: next ? next.at.toISOString() : null,
          nextLocal: next ? `${next.date} ${v.localTime}` : null,
        });
      }
    }
    return out;
  }
}

/** The context with the kind's facility facts merged into its options. */
async function withFacts(
  kind: FacilityScheduleKind,
  em: EntityManager,
  ctx: FacilityScheduleContext,
): Promise<FacilityScheduleContext> {
  if (!kind.facts) return ctx;
  return { ...ctx, options: { ...ctx.options, ...(await kind.facts(em, ctx.facilityId)) } };
}

/** The first occasion of a kind after `from` within about 13 months, or null. */
export function nextOccasion(
  kind: FacilityScheduleKind,
  ctx: ReturnType<typeof contextOf>,
  from: Date,
): { date: string; at: Date } | null {
  const today = localMoment(from, ctx.timeZone).date;
  for (let i = 0; i < 400; i++) {
    const date = plusDays(today, i);
    if (!kind.firesOn(date, ctx)) continue;
    const at = instantAt(date, ctx.localTime, ctx.timeZone);
    if (at.getTime() > from.getTime()) return { date, at };
  }
  return null;
}
