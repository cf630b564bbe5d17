import type { Slot } from './session-queries';

export interface SlotDay {
  /** YYYY-MM-DD in the facility's time zone (the API writes slots with the facility's offset) */
  date: string;
  slots: { slot: Slot; time: string }[];
}

/** Groups free slots by their local day, in order; the API returns them as local times with an offset. */
export function groupSlotsByDay(slots: Slot[]): SlotDay[] {
  const days: SlotDay[] = [];
  for (const slot of [...slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
    const date = slot.startsAt.slice(0, 10);
    const time = slot.startsAt.slice(11, 16);
    const last = days.at(-1);
    if (last?.date === date) last.slots.push({ slot, time });
    else days.push({ date, slots: [{ slot, time }] });
  }
  return days;
}

/** Today and the day `days` later as calendar dates in the facility's time zone. */
export function dateWindow(days: number, now = new Date(), timeZone = 'Asia/Tokyo'): { from: string; to: string } {
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone });
  return { from: fmt.format(now), to: fmt.format(new Date(now.getTime() + days * 86_400_000)) };
}

/** Every expertise the advisors name, once, sorted. */
export function expertiseOf(advisors: { expertise: string[] }[]): string[] {
  return [...new Set(advisors.flatMap((a) => a.expertise))].sort((a, b) => a.localeCompare(b, 'ja'));
}
