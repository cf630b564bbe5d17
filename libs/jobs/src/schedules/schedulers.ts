import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@tamago/config';
import { JOB_CONTRACTS } from '../contracts';
import { JobProducer } from '../job-producer';
import { TICK_MINUTES } from './schedule-runner.service';

/** The platform's BullMQ job schedulers: stable ids, so every worker's upsert leaves one of each. */
export const PLATFORM_SCHEDULERS = [
  {
    id: 'platform-tick',
    pattern: `*/${TICK_MINUTES} * * * *`,
    job: 'schedule-tick' as const,
    description: '施設ごとの定期処理を判定する (evaluates every facility schedule in its time zone)',
  },
];

/** Upserts the platform schedulers when a worker starts (JOB_SCHEDULES=false turns this off). */
@Injectable()
export class PlatformSchedulers implements OnApplicationBootstrap {
  private readonly logger = new Logger(PlatformSchedulers.name);

  constructor(
    private readonly jobs: JobProducer,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.JOB_SCHEDULES) return;
    for (const s of PLATFORM_SCHEDULERS) {
      const { attempts, backoff, removeOnComplete, removeOnFail } = JOB_CONTRACTS[s.job].options;
      await this.jobs
        .queueOf(s.job)
        .upsertJobScheduler(
          s.id,
          { pattern: s.pattern, tz: 'UTC' },
          { name: s.job, data: {}, opts: { attempts, backoff, removeOnComplete, removeOnFail } },
        );
      this.logger.log({ msg: 'job scheduler upserted', id: s.id, pattern: s.pattern });
    }
  }
}
