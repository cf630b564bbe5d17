import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Entities from the rows of a fixed SQL statement that selects the whole row (`SELECT t.*`): each
 * column through the driver's own hydration (its transformer, dates, JSON, arrays) and into its
 * property, as TypeORM's find does, without its query building, aliases and row grouping, which on
 * hot paths (hundreds of invoices and lines a facility in a billing run) cost more CPU than PostgreSQL
 * took to read them. No relations are loaded; a column missing from the row is left unset.
 */
export function entitiesOf<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  rows: Record<string, unknown>[],
): T[] {
  const metadata = em.connection.getMetadata(target);
  const driver = em.connection.driver;
  const columns = metadata.columns.filter((c) => !c.isVirtual);
  return rows.map((row) => {
    const entity = metadata.create(em.queryRunner, { fromDeserializer: true }) as T;
    for (const column of columns) {
      const value = row[column.databaseName];
      if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  });
}
