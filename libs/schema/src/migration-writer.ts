/** Renders a TypeORM migration class from the schema builder's up and down queries. */
export function renderMigration(name: string, timestamp: number, up: string[], down: string[]): string {
  const className = `${name}${timestamp}`;
  const q = (sql: string) => `    await queryRunner.query(${JSON.stringify(sql)});`;
  return [
    `import { MigrationInterface, QueryRunner } from 'typeorm';`,
    ``,
    `export class ${className} implements MigrationInterface {`,
    `  name = '${className}';`,
    ``,
    `  async up(queryRunner: QueryRunner): Promise<void> {`,
    ...up.map(q),
    `  }`,
    ``,
    `  async down(queryRunner: QueryRunner): Promise<void> {`,
    // The schema builder lists down queries in the order of the up queries; undo them backwards.
    ...[...down].reverse().map(q),
    `  }`,
    `}`,
    ``,
  ].join('\n');
}

/** Adds a migration's import and list entry to migrations/index.ts source text. */
export function registerMigration(indexSource: string, fileBase: string, className: string): string {
  const importLine = `import { ${className} } from './${fileBase}';\n`;
  const withImport = importLine + indexSource.replace(/^\/\*\*/m, (m) => m);
  return withImport.replace(
    /(export const MIGRATIONS: Function\[\] = \[)([\s\S]*?)(\];)/,
    (_all, open, body: string, close) => {
      const items = body.trim().replace(/,$/, '');
      return `${open}${
        items
          ? `\n  ${items
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
              .join(',\n  ')},`
          : ''
      }\n  ${className},\n${close}`;
    },
  );
}

/**
 * Keeps only the statements that touch the given tables, so that several people adding
 * entities at once can each generate a migration of their own. The drift check still
 * proves that, together, the migrations match the entities.
 */
export function filterByTables(queries: string[], tables: string[]): string[] {
  if (tables.length === 0) return queries;
  const patterns = tables.map((t) => new RegExp(`(^|[\\s."(])"?${t.replace(/[^a-z0-9_]/gi, '')}"?([\\s.(,)]|$)`));
  return queries.filter((q) => {
    const head = /^(CREATE|ALTER|DROP|COMMENT)[^"]*"(?:public"\.")?([^"]+)"/i.exec(q);
    if (!head) return patterns.some((p) => p.test(q));
    const subject =
      /INDEX|CONSTRAINT/i.test(q.slice(0, 40)) && !/^ALTER TABLE/i.test(q)
        ? (/ ON "([^"]+)"/.exec(q)?.[1] ?? head[2])
        : head[2];
    return tables.includes(subject);
  });
}
