import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { EntityManager } from 'typeorm';
import {
  FacilitySchedule,
  FacilityScheduleContext,
  FacilityScheduleKind,
  HandlesJob,
  JobHandler,
  OutboxService,
  ReminderSweepPayload,
} from '@tamago/jobs';
import { ReminderSweepService, SweepResult } from './reminder-sweep.service';

/** The daily reminder sweep, at 09:00 in the facility's time zone unless the facility set another time. */
@Injectable()
@FacilitySchedule()
export class ReminderSweepSchedule implements FacilityScheduleKind {
  readonly kind = 'reminder-sweep';
  readonly description = '毎日のリマインダー送信 / daily reminder sweep';
  readonly defaults = { localTime: '09:00' };

  firesOn(): boolean {
    return true;
  }

  async start(em: EntityManager, outbox: OutboxService, date: string, ctx: FacilityScheduleContext): Promise<void> {
    await outbox.enqueue(em, 'reminder-sweep', { facilityId: ctx.facilityId, date });
  }
}

/** Runs a facility's sweep (`reminder-sweep`); its progress is the job's. */
@Injectable()
@JobHandler('reminder-sweep')
export class ReminderSweepJob implements HandlesJob<'reminder-sweep'> {
  constructor(private readonly sweeps: ReminderSweepService) {}

  handle(p: ReminderSweepPayload, job: Job): Promise<SweepResult> {
    return this.sweeps.sweep(p.facilityId, p.date, (progress) => job.updateProgress(progress));
  }
}
