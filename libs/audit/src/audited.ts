/** How an entity is audited. */
export interface AuditOptions {
  /** Name recorded in the log, e.g. `user`, `lease`. */
  entity: string;
  /** Properties never written to the log (secrets, hashes). */
  exclude?: string[];
  /**
   * Staff-only properties (notes, screening reviews): the log records that they changed, never
   * what they say, since auditors read the log and must not read the notes.
   */
  redact?: string[];
  /** Property holding the facility id; defaults to `facilityId` (or `id` for facilities). */
  facilityKey?: string;
}

const registry = new Map<Function, AuditOptions>();

/** Marks an entity class so that every create, update and delete of it is audited. */
export function Audited(options: AuditOptions): ClassDecorator {
  return (target) => {
    registry.set(target, options);
  };
}

/** The audit options of an entity class, or undefined when it is not audited. */
export function auditOptionsOf(target: Function): AuditOptions | undefined {
  return registry.get(target);
}
