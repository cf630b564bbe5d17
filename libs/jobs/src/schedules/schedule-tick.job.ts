import { Injectable } from '@nestjs/common';
import { DomainError } from '@tamago/core';
import { FacilitiesService } from '@tamago/facilities';
import { FacilityTickPayload } from '../payloads';
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

/** One facility's tick (`facility-tick`): starts its due occasions in its own time zone. */
@Injectable()
@JobHandler('facility-tick')
export class FacilityTickJob implements HandlesJob<'facility-tick'> {
  constructor(
    private readonly runner: ScheduleRunner,
    private readonly facilities: FacilitiesService,
  ) {}

  async handle(payload: FacilityTickPayload): Promise<{ started: string[] }> {
    let timeZone: string;
    try {
      timeZone = (await this.facilities.get(payload.facilityId)).timeZone;
    } catch (e) {
      if (e instanceof DomainError) return { started: [] }; // the facility is gone
      throw e;
    }
    return { started: await this.runner.runFacility(payload.facilityId, timeZone, new Date(payload.at)) };
  }
}
