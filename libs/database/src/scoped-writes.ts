import { EntityManager, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { CoreError, DomainError, ErrorCode, clockIsSet, clockNow } from '@tamago/core';

/** A row that belongs to one facility, by uuid (a platform row, facility null, is never written through these). */
export interface FacilityRow {
  id: string;
  facilityId: string | null;
}

/** Thrown when a scoped write matched no row (or another count than expected) of the facility. */
/** A 409 to the client: the row went away (or moved) between its read and its write. */
export class ScopedWriteError extends DomainError {
  constructor(table: string, facilityId: string, expected: number, affected: number) {
    super(
      ErrorCode.Conflict,
      CoreError.ChangedMeanwhile,
      `${table}: expected to write ${expected} row(s) of facility ${facilityId}, wrote ${affected}.`,
    );
    this.name = 'ScopedWriteError';
  }
}

/**
 * Writes the changed columns of a loaded facility row with `UPDATE … WHERE id = $1 AND
 * facility_id = $2` and fails unless exactly that one row changed, so a write names its facility
 * as every read does (row-level security stays the second guard, not the only one). The audit
 * log and the ambient clock see it as they see `em.save`: the same subscribers get the row
 * before and after and the changed columns. Returns the entity, its update date refreshed.
 * A row not saved yet (no id: `findOneBy(…) ?? em.create(…)`) is inserted with `em.save`, as
 * every insert is, once its facility is checked.
 */
export async function saveScoped<T extends FacilityRow>(em: EntityManager, facilityId: string, entity: T): Promise<T> {
  const metadata = em.connection.getMetadata(entity.constructor);
  assertFacility(metadata, facilityId, entity);
  if (!em.hasId(entity)) return em.save(entity);
  const before = await em.findOne<ObjectLiteral>(metadata.target, { where: { id: entity.id, facilityId } });
  if (!before) throw new ScopedWriteError(metadata.tableName, facilityId, 1, 0);
  const changed = metadata.columns.filter((c) => writable(c) && !sameValue(value(c, entity), value(c, before)));
  if (changed.length === 0) return entity;
  const set: ObjectLiteral = Object.fromEntries(changed.map((c) => [c.propertyName, value(c, entity)]));
  const stamp = metadata.updateDateColumn;
  if (stamp && clockIsSet()) set[stamp.propertyName] = clockNow();
  const result = await em
    .createQueryBuilder()
    .update(metadata.target)
    .set(set)
    .where('id = :id AND facility_id = :facilityId', { id: entity.id, facilityId })
    .returning(stamp ? `"${stamp.databaseName}"` : [])
    .callListeners(false)
    .updateEntity(false)
    .execute();
  if (result.affected !== 1) throw new ScopedWriteError(metadata.tableName, facilityId, 1, result.affected ?? 0);
  if (stamp) {
    const at = (result.raw as ObjectLiteral[])[0]?.[stamp.databaseName];
    if (at !== undefined) stamp.setEntityValue(entity, at instanceof Date ? at : new Date(at));
  }
  await em.queryRunner?.broadcaster.broadcast('AfterUpdate', metadata, entity, before, changed, []);
  return entity;
}

/**
 * Saves several rows of one facility: the loaded ones one scoped UPDATE each (see saveScoped), the
 * new ones (no id) inserted together, 200 to a statement.
 */
export async function saveAllScoped<T extends FacilityRow>(
  em: EntityManager,
  facilityId: string,
  entities: T[],
): Promise<T[]> {
  const fresh: T[] = [];
  for (const e of entities) {
    if (em.hasId(e)) await saveScoped(em, facilityId, e);
    else {
      assertFacility(em.connection.getMetadata(e.constructor), facilityId, e);
      fresh.push(e);
    }
  }
  if (fresh.length > 0) await em.save(fresh, { chunk: 200 });
  return entities;
}

/**
 * Deletes loaded facility rows with `DELETE … WHERE facility_id = $1 AND id = ANY($2)` and fails
 * unless every one of them was deleted; the audit log records each as `em.remove` would.
 */
export async function removeScoped<T extends FacilityRow>(
  em: EntityManager,
  facilityId: string,
  rows: T | T[],
): Promise<void> {
  const list = Array.isArray(rows) ? rows : [rows];
  if (list.length === 0) return;
  const metadata = em.connection.getMetadata(list[0].constructor);
  for (const row of list) assertFacility(metadata, facilityId, row);
  const ids = [...new Set(list.map((r) => r.id))];
  const result = await em
    .createQueryBuilder()
    .delete()
    .from(metadata.target)
    .where('facility_id = :facilityId AND id IN (:...ids)', { facilityId, ids })
    .callListeners(false)
    .execute();
  if (result.affected !== ids.length)
    throw new ScopedWriteError(metadata.tableName, facilityId, ids.length, result.affected ?? 0);
  for (const row of list) await em.queryRunner?.broadcaster.broadcast('AfterRemove', metadata, row, row);
}

function assertFacility(metadata: EntityMetadata, facilityId: string, row: FacilityRow): void {
  if (row.facilityId !== facilityId) throw new ScopedWriteError(metadata.tableName, facilityId, 1, 0);
}

/** Columns an update may change: not the key, the facility, generated, dated by the database or versioned. */
function writable(c: ColumnMetadata): boolean {
  return (
    !c.isPrimary &&
    !c.isGenerated &&
    !c.isCreateDate &&
    !c.isUpdateDate &&
    !c.isDeleteDate &&
    !c.isVersion &&
    !c.isVirtual &&
    c.propertyName !== 'facilityId' &&
    c.embeddedMetadata === undefined
  );
}

function value(c: ColumnMetadata, row: ObjectLiteral): unknown {
  return row[c.propertyName];
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined) return true; // not set on the entity: left as it is, as em.save does
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : String(a) === String(b);
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return false;
}
