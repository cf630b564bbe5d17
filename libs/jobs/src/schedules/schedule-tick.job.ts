import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler } from '../job-handler';
import { ScheduleRunner } from './schedule-runner.service';

/** The platform tick (`schedule-tick`, from the `platform-tick` job scheduler): fans out per facility. */
@Injectable()
@JobHandler('schedule-tick')
export class ScheduleTickJob implements HandlesJob<'schedule-tick'> {
  constructor(private readonly runner: ScheduleRunner) {}

  async handle(): Promise<{ facilities: number }> {
    return { facilities: await this.runner.tick(new Date()) };
  }
}
