import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { HandlesJob, JobHandler, ReminderSweepPayload } from '@tamago/jobs';
import { ReminderSweepService, SweepResult } from './reminder-sweep.service';

/** Runs a facility's sweep (`reminder-sweep`); its progress is the job's. */
@Injectable()
@JobHandler('reminder-sweep')
export class ReminderSweepJob implements HandlesJob<'reminder-sweep'> {
  constructor(private readonly sweeps: ReminderSweepService) {}

  handle(p: ReminderSweepPayload, job: Job): Promise<SweepResult> {
    return this.sweeps.sweep(p.facilityId, p.date, (progress) => job.updateProgress(progress));
  }
}
