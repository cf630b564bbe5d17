/** The instant of 00:00 on `date` in `timeZone`, as ISO (for placing date-only facts on the timeline). */
export function midnightIn(date: string, timeZone: string): string {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(utcMidnight);
  const p = (t: string) => Number(parts.find((x) => x.type === t)?.value);
  const asLocal = Date.UTC(p('year'), p('month') - 1, p('day'), p('hour'), p('minute'), p('second'));
  const offsetMs = asLocal - utcMidnight.getTime();
  return new Date(utcMidnight.getTime() - offsetMs).toISOString();
}
