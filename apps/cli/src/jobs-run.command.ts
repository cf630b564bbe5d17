import { Command, CommandRunner, Option } from 'nest-commander';
import { parseIsoDate } from '@tamago/core';
import { FacilitiesService } from '@tamago/facilities';
import { ReminderSweepService, SweepCounts } from '@tamago/reminders';

interface Options {
  date?: string;
  facility?: string;
}

/**
 * `jobs:run reminders --date YYYY-MM-DD [--facility ID]`: runs the reminder sweep as of a date, in
 * this process, and waits for it. The mails leave through the outbox (a running worker relays them).
 * The last line is one JSON object with the counts per kind.
 */
@Command({ name: 'jobs:run', arguments: '<job>', description: 'Run a job now and wait for it (reminders)' })
export class JobsRunCommand extends CommandRunner {
  constructor(
    private readonly sweeps: ReminderSweepService,
    private readonly facilities: FacilitiesService,
  ) {
    super();
  }

  async run([job]: string[], options: Options): Promise<void> {
    if (job !== 'reminders') throw new Error(`unknown job "${job}" (known: reminders)`);
    if (!options.date) throw new Error('--date is required');
    const date = parseIsoDate(options.date, '--date');
    const ids = options.facility ? [options.facility] : (await this.facilities.list()).map((f) => f.id);
    let total: SweepCounts | null = null;
    for (const id of ids) {
      const r = await this.sweeps.sweep(id, date);
      console.log(JSON.stringify({ facilityId: id, date, counts: r.counts }));
      total = total ? sum(total, r.counts) : r.counts;
    }
    console.log(JSON.stringify({ job: 'reminders', date, facilities: ids.length, counts: total ?? {} }));
  }

  @Option({ flags: '--date <date>', description: 'the facility-local date to sweep as of (YYYY-MM-DD)' })
  parseDate(v: string): string {
    return v;
  }

  @Option({ flags: '--facility <id>', description: 'only this facility' })
  parseFacility(v: string): string {
    return v;
  }
}

function sum(a: SweepCounts, b: SweepCounts): SweepCounts {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof SweepCounts)[]) {
    out[k] = {
      sent: a[k].sent + b[k].sent,
      inboxOnly: a[k].inboxOnly + b[k].inboxOnly,
      alreadySent: a[k].alreadySent + b[k].alreadySent,
    };
  }
  return out;
}
