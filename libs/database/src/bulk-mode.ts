import { AsyncLocalStorage } from 'node:async_hooks';

const bulk = new AsyncLocalStorage<true>();

/**
 * Runs `work` with its transactions committing without waiting for the WAL flush
 * (synchronous_commit = off for each of them). For bulk loads that can be redone, such as the demo
 * seed: a crash may lose the last fraction of a second of commits, never consistency. Requests
 * never run in this mode.
 */
export function inBulkMode<T>(work: () => Promise<T>): Promise<T> {
  return bulk.run(true, work);
}

/** Whether the current work runs under inBulkMode. */
export function isBulkMode(): boolean {
  return bulk.getStore() === true;
}
