import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@tamago/core';
import { FacilityTickPayload } from '../payloads';
import { HandlesJob, JobHandler } from '../job-handler';
import { FACILITY_DIRECTORY, FacilityDirectory } from './facility-directory';
import { ScheduleRunner } from './schedule-runner.service';

/** One facility's tick (`facility-tick`): starts its due occasions in its own time zone. */
@Injectable()
@JobHandler('facility-tick')
export class FacilityTickJob implements HandlesJob<'facility-tick'> {
  constructor(
    private readonly runner: ScheduleRunner,
    @Inject(FACILITY_DIRECTORY) private readonly facilities: FacilityDirectory,
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
