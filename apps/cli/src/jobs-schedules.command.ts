import { Command, CommandRunner, Option } from 'nest-commander';
import { JobProducer, PLATFORM_SCHEDULERS, SCHEDULE_SLOTS, ScheduleRegistry, ScheduleRunner } from '@tamago/jobs';

interface Options {
  facility?: string;
  json?: boolean;
}

/** `jobs:schedules`: the platform job schedulers, then every scheduled kind's next run per facility. */
@Command({ name: 'jobs:schedules', description: 'List the job schedules with their next run per facility' })
export class JobsSchedulesCommand extends CommandRunner {
  constructor(
    private readonly runner: ScheduleRunner,
    private readonly registry: ScheduleRegistry,
    private readonly jobs: JobProducer,
  ) {
    super();
  }

  async run(_args: string[], options: Options): Promise<void> {
    const now = new Date();
    const lines: string[] = [];
    for (const s of PLATFORM_SCHEDULERS) {
      const scheduler = await this.jobs.queueOf(s.job).getJobScheduler(s.id);
      const next = scheduler?.next ? new Date(scheduler.next).toISOString() : 'not upserted (no worker has started)';
      lines.push(`scheduler ${s.id}  ${s.pattern} (UTC)  next ${next}  ${s.description}`);
    }
    for (const slot of Object.values(SCHEDULE_SLOTS))
      if (!this.registry.get(slot)) lines.push(`slot ${slot}  not implemented yet (never fires)`);
    const rows = await this.runner.nextRuns(now, options.facility);
    if (options.json) {
      for (const r of rows) console.log(JSON.stringify(r));
      return;
    }
    for (const r of rows) {
      const when = r.enabled
        ? r.next
          ? `${r.nextLocal} ${r.timeZone}  (${r.next})`
          : 'no run within 13 months'
        : 'off';
      lines.push(`${r.facilityName} [${r.facilityId}]  ${r.kind.padEnd(24)} next ${when}`);
    }
    console.log(lines.join('\n'));
  }

  @Option({ flags: '--facility <id>', description: 'only this facility' })
  parseFacility(v: string): string {
    return v;
  }

  @Option({ flags: '--json', description: 'one JSON line per facility and kind' })
  parseJson(): boolean {
    return true;
  }
}
