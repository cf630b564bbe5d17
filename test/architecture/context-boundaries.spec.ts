import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Context boundaries that hold by construction: a library's tables are its own. Another context
 * is reached through its services (`@tamago/<lib>`), whose index exports entities as types only;
 * the entity classes (`@tamago/<lib>/entities`) reach libs/schema and tests, nothing else. These
 * checks read the sources, so they run in the unit project in a second or two.
 */
const ROOT = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const libs = readdirSync(join(ROOT, 'libs')).filter((l) => statSync(join(ROOT, 'libs', l)).isDirectory());
const isTestFile = (f: string) => /\.spec\.ts$|test-helpers\.ts$|\/testing\//.test(f);

/** Every entity of every library: class name and table → owning library. */
function entityOwners(): { classes: Map<string, string>; tables: Map<string, string> } {
  const classes = new Map<string, string>();
  const tables = new Map<string, string>();
  for (const lib of libs) {
    for (const file of sourceFiles(join(ROOT, 'libs', lib, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/@Entity\(\s*'([a-z_]+)'\s*\)[\s\S]*?export class (\w+)/g)) {
        tables.set(m[1], lib);
        classes.set(m[2], lib);
      }
    }
  }
  return { classes, tables };
}

/** Production files of a library or an app, with the context that owns them (apps own no tables). */
function productionFiles(): { file: string; owner: string }[] {
  const out: { file: string; owner: string }[] = [];
  for (const lib of libs) {
    for (const file of sourceFiles(join(ROOT, 'libs', lib, 'src')).filter((f) => !isTestFile(f)))
      out.push({ file, owner: lib });
  }
  for (const app of readdirSync(join(ROOT, 'apps')).filter((a) => a !== 'web')) {
    for (const file of sourceFiles(join(ROOT, 'apps', app)).filter((f) => !isTestFile(f)))
      out.push({ file, owner: `apps/${app}` });
  }
  return out;
}

/** The text with comments blanked out (string contents kept), so prose naming a table is no offence. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|(^|[^:'"`\\])\/\/[^\n]*/g, (m, pre: string | undefined) =>
    pre === undefined ? m.replace(/[^\n]/g, ' ') : pre + ' '.repeat(m.length - pre.length),
  );
}

/** The contents of every string and template literal in the text. */
function literals(text: string): string[] {
  return [...text.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)].map((m) => m[0]);
}

/**
 * SQL across contexts that is allowed, each entry a file and a table with the reason. Keep this
 * list short: an entry is a read another context cannot answer through a service.
 */
const SQL_ALLOWLIST: { file: string; table: string; why: string }[] = [];

const { classes, tables } = entityOwners();
const files = productionFiles();

/** Tables of other contexts that SQL in `text` (string and template literals, comments aside) names. */
function foreignTables(text: string, owner: string): string[] {
  const found: string[] = [];
  for (const literal of literals(withoutComments(text))) {
    for (const m of literal.matchAll(/\b(?:from|join|update|into|table|references)\s+"?([a-z_]+)"?/gi)) {
      const table = m[1].toLowerCase();
      const owning = tables.get(table);
      if (owning && owning !== owner) found.push(table);
    }
  }
  return found;
}

/** Entities or tables of other contexts named by string as the target of an EntityManager, Repository or query builder. */
function foreignTargets(text: string, owner: string): string[] {
  const target =
    /\.(?:find\w*|count\w*|exist\w*|sum|average|minimum|maximum|getRepository|createQueryBuilder|from|\w*[jJ]oin\w*|insert|update|upsert|delete|softDelete|restore|save|remove|create|merge|preload|increment|decrement|into)\(\s*'(\w+)'/g;
  return [...withoutComments(text).matchAll(target)]
    .map((m) => m[1])
    .filter((name) => {
      const owning = classes.get(name) ?? tables.get(name);
      return owning !== undefined && owning !== owner;
    });
}

describe('context boundaries', () => {
  it('finds the entities and tables of the contexts', () => {
    expect(classes.get('Tenant')).toBe('tenants');
    expect(tables.get('invoices')).toBe('billing');
    expect(tables.size).toBeGreaterThan(40);
  });

  it('lists each entity once in its library’s entity list, and every list in libs/schema and tsconfig', () => {
    const schema = readFileSync(join(ROOT, 'libs/schema/src/entities.ts'), 'utf8');
    const tsconfig = readFileSync(join(ROOT, 'tsconfig.json'), 'utf8');
    const problems: string[] = [];
    for (const lib of new Set(classes.values())) {
      const list = `${lib.toUpperCase().replace(/-/g, '_')}_ENTITIES`;
      let text = '';
      try {
        text = readFileSync(join(ROOT, 'libs', lib, 'src', 'entities.ts'), 'utf8');
      } catch {
        problems.push(`libs/${lib}/src/entities.ts is missing`);
        continue;
      }
      const listed = new RegExp(`export const ${list} = \\[([^\\]]*)\\]`).exec(text)?.[1] ?? '';
      for (const [name, owner] of classes)
        if (owner === lib && !new RegExp(`\\b${name}\\b`).test(listed)) problems.push(`${list} lacks ${name}`);
      if (!schema.includes(`...${list}`)) problems.push(`libs/schema ENTITIES lacks ...${list}`);
      if (!tsconfig.includes(`"@tamago/${lib}/entities"`))
        problems.push(`tsconfig.json paths lack @tamago/${lib}/entities`);
    }
    expect(problems).toEqual([]);
  });

  it("exports no entity class from a library's index (types only)", () => {
    const offenders: string[] = [];
    for (const lib of libs) {
      const index = join(ROOT, 'libs', lib, 'src', 'index.ts');
      let text: string;
      try {
        text = readFileSync(index, 'utf8');
      } catch {
        continue;
      }
      for (const m of text.matchAll(/export\s+(type\s+)?\{([^}]*)\}/g)) {
        if (m[1]) continue;
        for (const spec of m[2].split(',').map((s) => s.trim())) {
          const name = /^(\w+)(?:\s+as\s+\w+)?$/.exec(spec)?.[1];
          if (name && classes.get(name) === lib) offenders.push(`libs/${lib}/src/index.ts exports class ${name}`);
        }
      }
      for (const m of text.matchAll(/export\s+\*\s+from\s+'(\.[^']+)'/g)) {
        const base = join(ROOT, 'libs', lib, 'src', m[1]);
        const target = [`${base}.ts`, join(base, 'index.ts')].find((p) => {
          try {
            return statSync(p).isFile();
          } catch {
            return false;
          }
        });
        const reexported = target ? readFileSync(target, 'utf8') : '';
        if (/@Entity\(/.test(reexported) || /export[^;]*from\s+'[^']*\.entity'/.test(reexported))
          offenders.push(`libs/${lib}/src/index.ts re-exports entities from ${m[1]}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('lets only libs/schema and tests import a library’s entity list (@tamago/<lib>/entities)', () => {
    const offenders: string[] = [];
    for (const { file, owner } of files) {
      if (owner === 'schema') continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/from\s+'@tamago\/([^/']+)\/entities'/g))
        offenders.push(`${relative(ROOT, file)} -> @tamago/${m[1]}/entities`);
    }
    expect(offenders).toEqual([]);
  });

  // An entity class of another context cannot be imported as a value (the index exports its type
  // only, so `em.find(Tenant)` does not compile outside tenants); what is left is naming it by string.
  it("names no other context's entity as an EntityManager, Repository or query-builder target", () => {
    const offenders: string[] = [];
    for (const { file, owner } of files) {
      if (owner === 'schema') continue;
      for (const name of foreignTargets(readFileSync(file, 'utf8'), owner))
        offenders.push(`${relative(ROOT, file)} queries '${name}' (${classes.get(name) ?? tables.get(name)})`);
    }
    expect(offenders).toEqual([]);
  });

  it("names no other context's table in SQL", () => {
    const offenders: string[] = [];
    for (const { file, owner } of files) {
      // libs/schema holds every context's migrations, and the entity list.
      if (owner === 'schema') continue;
      const rel = relative(ROOT, file);
      for (const table of foreignTables(readFileSync(file, 'utf8'), owner)) {
        if (SQL_ALLOWLIST.some((a) => a.file === rel && a.table === table)) continue;
        offenders.push(`${rel} names ${table} (${tables.get(table)})`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('sees a foreign table in SQL and a foreign entity named as a target, not in prose', () => {
    const sample = [
      '// leases are read from the lease table (prose)',
      "await em.query('SELECT id, name FROM tenants WHERE facility_id = $1', [id]);",
      'const rows = await queryRows(em, `SELECT 1\n  FROM lease_spaces ls JOIN "spaces" s ON s.id = ls.space_id`);',
      "await em.find('Invoice', {});",
    ].join('\n');
    expect(foreignTables(sample, 'payments').sort()).toEqual(['lease_spaces', 'spaces', 'tenants']);
    expect(foreignTables(sample, 'tenants').sort()).toEqual(['lease_spaces', 'spaces']);
    expect(foreignTargets(sample, 'payments')).toEqual(['Invoice']);
    expect(foreignTargets(sample, 'billing')).toEqual([]);
  });

  it('keeps domain code in its own library: partners and events do not depend on support', () => {
    const offenders: string[] = [];
    for (const { file, owner } of files) {
      if (owner !== 'partners' && owner !== 'events') continue;
      if (/from\s+'@tamago\/support'/.test(readFileSync(file, 'utf8'))) offenders.push(relative(ROOT, file));
    }
    expect(offenders).toEqual([]);
  });

  it('takes role groups from identity only (no second list of the tenant roles)', () => {
    const offenders = files
      .filter(({ file }) => /\[\s*Role\.TenantAdmin,\s*Role\.TenantMember\s*\]/.test(readFileSync(file, 'utf8')))
      .map(({ file }) => relative(ROOT, file))
      .filter((f) => f !== 'libs/identity/src/role.ts');
    expect(offenders).toEqual([]);
  });

  it('keeps the SQL allowlist to entries that are still needed and explained', () => {
    for (const entry of SQL_ALLOWLIST) {
      expect(entry.why.length).toBeGreaterThan(20);
      const text = readFileSync(join(ROOT, entry.file), 'utf8');
      expect([entry.file, new RegExp(`\\b${entry.table}\\b`).test(text)]).toEqual([entry.file, true]);
    }
  });
});
