import { startOfDayIn } from '@tamago/core';

/** The instant of 00:00 on `date` in `timeZone`, as ISO (for placing date-only facts on the timeline). */
export function midnightIn(date: string, timeZone: string): string {
  return startOfDayIn(date, timeZone).toISOString();
}
