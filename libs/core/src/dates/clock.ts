import { AsyncLocalStorage } from 'node:async_hooks';

const ambient = new AsyncLocalStorage<Date>();

/**
 * The current instant as the product sees it: the real time, unless code (never a request) runs
 * work `at` another instant — the demo seed replays a facility's history that way, so what the
 * services stamp (audit events, registrations, referral steps, voids) carries when it happened.
 */
export function clockNow(): Date {
  const at = ambient.getStore();
  return at ? new Date(at.getTime()) : new Date();
}

/** Whether `work` is running under an instant set by `runAt` (the real clock otherwise). */
export function clockIsSet(): boolean {
  return ambient.getStore() !== undefined;
}

/** Runs `work` with clockNow() answering `at` (and todayIn() the day of `at`) throughout it. */
export function runAt<T>(at: Date, work: () => Promise<T>): Promise<T> {
  if (Number.isNaN(at.getTime())) throw new Error('runAt needs a valid instant');
  return ambient.run(new Date(at.getTime()), work);
}
