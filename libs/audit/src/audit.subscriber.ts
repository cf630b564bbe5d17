import {
  EntityManager,
  EntitySubscriberInterface,
  EventSubscriber,
  InsertEvent,
  RemoveEvent,
  UpdateEvent,
} from 'typeorm';
import { clockIsSet, clockNow } from '@tamago/core';
import { AuditAction, AuditEvent } from './audit-event.entity';
import { AuditOptions, auditOptionsOf } from './audited';

type Row = Record<string, unknown>;

/**
 * Writes an audit event for every create, update and delete of an @Audited entity, through
 * the same EntityManager, so the record commits or rolls back with the change itself.
 * The actor comes from the transaction-local setting the TransactionRunner sets.
 */
/** What the log shows for a staff-only value (that it changed, not what it says). */
const REDACTED = '[staff only]';

@EventSubscriber()
export class AuditSubscriber implements EntitySubscriberInterface {
  /**
   * TypeORM fires the after-events of one save() in parallel, but one transaction is one
   * connection, which must not run two queries at once: writes are chained per connection.
   */
  private readonly chains = new WeakMap<object, Promise<void>>();

  async afterInsert(event: InsertEvent<Row>): Promise<void> {
    const opts = this.options(event.metadata.target);
    if (!opts || !event.entity) return;
    const after = this.snapshot(event.entity, opts);
    const changes = Object.fromEntries(Object.entries(after).map(([k, v]) => [k, { before: null, after: v }]));
    await this.write(event.manager, 'create', opts, event.entity, changes);
  }

  async afterUpdate(event: UpdateEvent<Row>): Promise<void> {
    const opts = this.options(event.metadata.target);
    if (!opts || !event.entity) return;
    const before = event.databaseEntity ? this.snapshot(event.databaseEntity, opts) : {};
    const after = this.snapshot({ ...(event.databaseEntity ?? {}), ...event.entity }, opts);
    const changes: AuditEvent['changes'] = {};
    for (const col of event.updatedColumns) {
      const key = col.propertyName;
      if (!(key in after)) continue;
      if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
        changes[key] = { before: before[key] ?? null, after: after[key] };
    }
    if (Object.keys(changes).length === 0) return;
    await this.write(event.manager, 'update', opts, { ...(event.databaseEntity ?? {}), ...event.entity }, changes);
  }

  async afterRemove(event: RemoveEvent<Row>): Promise<void> {
    const opts = this.options(event.metadata.target);
    const entity = event.databaseEntity ?? event.entity;
    if (!opts || !entity) return;
    const before = this.snapshot(entity, opts);
    const changes = Object.fromEntries(Object.entries(before).map(([k, v]) => [k, { before: v, after: null }]));
    const id = event.entityId ?? entity.id;
    await this.write(event.manager, 'delete', opts, { ...entity, id }, changes);
  }

  private options(target: unknown): AuditOptions | undefined {
    return typeof target === 'function' ? auditOptionsOf(target) : undefined;
  }

  private snapshot(entity: Row, opts: AuditOptions): Row {
    return auditSnapshot(entity, opts);
  }

  private async write(
    em: EntityManager,
    action: AuditAction,
    opts: AuditOptions,
    entity: Row,
    changes: AuditEvent['changes'],
  ) {
    const facilityId = entity[opts.facilityKey ?? 'facilityId'];
    if (typeof facilityId !== 'string') return; // platform-level rows (operators) have no facility log
    const key = em.queryRunner ?? em;
    const previous = this.chains.get(key) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.insert(em, action, opts, entity, facilityId, changes));
    this.chains.set(key, next);
    await next;
  }

  private async insert(
    em: EntityManager,
    action: AuditAction,
    opts: AuditOptions,
    entity: Row,
    facilityId: string,
    changes: AuditEvent['changes'],
  ): Promise<void> {
    await em.query(
      `INSERT INTO audit_events (facility_id, actor_id, action, entity, entity_id, changes, occurred_at)
       VALUES ($1, nullif(current_setting('tamago.actor_id', true), '')::uuid, $2, $3, $4, $5, coalesce($6::timestamptz, now()))`,
      // The ambient clock when one is set (history replayed by the demo seed), else the transaction's time.
      [facilityId, action, opts.entity, String(entity.id), JSON.stringify(changes), clockIsSet() ? clockNow() : null],
    );
  }
}

/** The audited fields of a row: excluded fields, functions and loaded relations left out, dates as ISO text. */
function auditSnapshot(entity: Row, opts: AuditOptions): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(entity)) {
    if (opts.exclude?.includes(k) || typeof v === 'function') continue;
    if (v !== null && typeof v === 'object' && !(v instanceof Date) && !Array.isArray(v) && 'id' in (v as Row))
      continue;
    if (opts.redact?.includes(k)) out[k] = v === null || v === undefined ? v : REDACTED;
    else out[k] = v instanceof Date ? v.toISOString() : v;
  }
  return out;
}

/**
 * The audit events of rows created by a bulk insert that skipped the subscriber (insert with
 * listeners off), written in one multi-row INSERT of the caller's transaction: the same events
 * AuditSubscriber.afterInsert writes one by one. `rows` carry their ids.
 */
export async function auditCreated(em: EntityManager, target: unknown, rows: Row[]): Promise<void> {
  const opts = typeof target === 'function' ? auditOptionsOf(target) : undefined;
  if (!opts || rows.length === 0) return;
  const events = rows
    .filter((r) => typeof r[opts.facilityKey ?? 'facilityId'] === 'string')
    .map((r) => {
      const after = auditSnapshot(r, opts);
      const changes = Object.fromEntries(Object.entries(after).map(([k, v]) => [k, { before: null, after: v }]));
      return {
        facilityId: r[opts.facilityKey ?? 'facilityId'] as string,
        id: String(r.id),
        changes: JSON.stringify(changes),
      };
    });
  if (events.length === 0) return;
  await em.query(
    `INSERT INTO audit_events (facility_id, actor_id, action, entity, entity_id, changes, occurred_at)
     SELECT e.facility_id, nullif(current_setting('tamago.actor_id', true), '')::uuid, 'create', $1, e.entity_id, e.changes,
            coalesce($5::timestamptz, now())
       FROM unnest($2::uuid[], $3::text[], $4::jsonb[]) AS e(facility_id, entity_id, changes)`,
    [
      opts.entity,
      events.map((e) => e.facilityId),
      events.map((e) => e.id),
      events.map((e) => e.changes),
      clockIsSet() ? clockNow() : null,
    ],
  );
}
