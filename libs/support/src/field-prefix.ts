import { DomainError, ErrorCode } from '@tamago/core';

/** Runs `work`, re-labelling the fields of an InvalidInput error with `prefix` (e.g. `rounds[1].`). */
export function withFieldPrefix<T>(prefix: string, work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== ErrorCode.InvalidInput || !e.details.errors) throw e;
    const errors = e.details.errors.map((p) => ({ field: `${prefix}${p.field}`, message: p.message }));
    throw new DomainError(e.code, e.message, { ...e.details, errors });
  }
}
