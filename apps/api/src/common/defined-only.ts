/**
 * A patch DTO without the fields the request left out. Validated DTO instances carry every
 * declared field, the omitted ones as `undefined`; merged into a loaded row with Object.assign
 * they would blank it in the answer (the database keeps the value, the answer loses it).
 * Nested objects (e.g. `journalAccounts`) are cleaned one level down as well.
 */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) !== Date.prototype
        ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined))
        : value;
  }
  return out as Partial<T>;
}
