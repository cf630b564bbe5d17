import { addDays, todayIn } from '@tamago/core';

/** Deterministic PRNG (mulberry32): the same demo data on every run. */
export function demoRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** An instant at a wall-clock time of a business date in Asia/Tokyo (the demo facility's zone). */
export function jst(date: string, time = '10:00'): Date {
  return new Date(`${date}T${time}:00+09:00`);
}

/**
 * When something of the demo's history happened: that wall-clock time in Tokyo, or now if it
 * would lie in the future (the seed runs at any hour; history never comes after the present).
 */
export function when(date: string, time = '10:00'): Date {
  const at = jst(date, time);
  return at.getTime() > Date.now() ? new Date() : at;
}

/** A demo tenant as the seed keeps it in memory, so later steps need not read it back. */
export interface DemoTenant {
  id: string;
  name: string;
  nameKana: string;
  kind: string;
  status: 'active' | 'graduated' | 'applicant' | 'screening';
  enteredOn: string | null;
  graduatedOn: string | null;
  /** Whether the tenant rents a room (support clients and applicants do not). */
  lessee: boolean;
}

/** What every step of the demo seed shares: the facility, its staff and the day it is seeded. */
export interface DemoContext {
  facilityId: string;
  /** The seeding day in Asia/Tokyo; deadlines and "last 12 months" are counted from it. */
  today: string;
  /** The first day of the current month. */
  anchor: string;
  staff: { admin: string; im: string; accounting: string; advisor: string };
  tenants: DemoTenant[];
  loginTenantId: string;
  loginUserId: string;
}

/** Today in Tokyo and the first day of its month. */
export function demoDays(): { today: string; anchor: string } {
  const today = todayIn('Asia/Tokyo');
  return { today, anchor: `${today.slice(0, 7)}-01` };
}

/** `days` days from `date` (negative for earlier). */
export const shift = (date: string, days: number): string => addDays(date, days);
