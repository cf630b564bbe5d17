import { EntitySubscriberInterface, EventSubscriber, InsertEvent, UpdateEvent } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { clockIsSet, clockNow } from '@tamago/core';

/** Columns the database would stamp with now(): create/update dates and `default: () => 'now()'`. */
function stampedByDatabase(column: ColumnMetadata): boolean {
  if (column.isCreateDate || column.isUpdateDate) return true;
  return typeof column.default === 'function' && String((column.default as () => string)()).trim() === 'now()';
}

/**
 * When code runs under an ambient instant (runAt, e.g. the demo seed replaying a year), the
 * columns PostgreSQL would stamp with now() get that instant instead, so the history reads as it
 * happened. With the real clock this does nothing: the database keeps stamping its own time.
 */
@EventSubscriber()
export class ClockSubscriber implements EntitySubscriberInterface {
  beforeInsert(event: InsertEvent<Record<string, unknown>>): void {
    if (!clockIsSet() || !event.entity) return;
    const at = clockNow();
    for (const column of event.metadata.columns) {
      if (stampedByDatabase(column) && column.getEntityValue(event.entity) === undefined)
        column.setEntityValue(event.entity, at);
    }
  }

  beforeUpdate(event: UpdateEvent<Record<string, unknown>>): void {
    if (!clockIsSet() || !event.entity) return;
    const at = clockNow();
    for (const column of event.metadata.columns) if (column.isUpdateDate) column.setEntityValue(event.entity, at);
  }
}
