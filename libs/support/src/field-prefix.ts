import { DomainError, ErrorCode } from '@tamago/core';

/** Runs `work`, re-labelling the fields of an InvalidInput error with `prefix` (e.g. `rounds[1].`). */
export function withFieldPrefix<T>(prefix: string, work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== ErrorCode.InvalidInput || !e.details.errors) throw e;
    const errors = e.details.errors.map((p) => ({ ...p, field: `${prefix}${p.field}` }));
    throw new DomainError(e.code, e.reason, e.message, { ...e.details, params: e.params, errors });
  }
}
