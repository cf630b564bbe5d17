import { filterByTables, registerMigration, renderMigration } from './migration-writer';

describe('renderMigration', () => {
  it('writes up queries in order and down queries reversed', () => {
    const src = renderMigration(
      'AddThing',
      1700000000000,
      ['CREATE TABLE "a" ()', 'CREATE INDEX "i" ON "a" ()'],
      ['DROP TABLE "a"', 'DROP INDEX "i"'],
    );
    expect(src).toContain('export class AddThing1700000000000 implements MigrationInterface');
    const up = src.slice(src.indexOf('async up'), src.indexOf('async down'));
    const down = src.slice(src.indexOf('async down'));
    expect(up.indexOf('CREATE TABLE')).toBeLessThan(up.indexOf('CREATE INDEX'));
    expect(down.indexOf('DROP INDEX')).toBeLessThan(down.indexOf('DROP TABLE'));
  });
});

describe('registerMigration', () => {
  it('appends to an empty list and to a filled one', () => {
    const empty = '/** doc */\nexport const MIGRATIONS: Function[] = [];\n';
    const one = registerMigration(empty, '1-a', 'A1');
    expect(one).toContain("import { A1 } from './1-a';");
    expect(one).toContain('MIGRATIONS: Function[] = [\n  A1,\n];');
    const two = registerMigration(one, '2-b', 'B2');
    expect(two).toContain('MIGRATIONS: Function[] = [\n  A1,\n  B2,\n];');
  });
});

describe('filterByTables', () => {
  it('keeps statements of the named tables only', () => {
    const q = [
      'CREATE TABLE "meter_readings" ("id" uuid)',
      'CREATE INDEX "mr_space" ON "meter_readings" ("space_id") ',
      'CREATE TABLE "invoices" ("id" uuid)',
      'ALTER TABLE "meter_readings" ADD CONSTRAINT "FK_1" FOREIGN KEY ("space_id") REFERENCES "spaces"("id")',
      'ALTER TABLE "invoices" ADD CONSTRAINT "FK_2" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id")',
      'DROP INDEX "public"."mr_space"',
    ];
    expect(filterByTables(q, ['meter_readings'])).toEqual([q[0], q[1], q[3]]);
    expect(filterByTables(q, [])).toEqual(q);
  });
});
