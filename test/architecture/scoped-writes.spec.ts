import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/**
 * Every write of a facility row names its facility (issue 8): an update or delete of a loaded row
 * goes through saveScoped / saveAllScoped / removeScoped (libs/database), which put facility_id in
 * the WHERE and count the rows; a set-based update or delete puts facilityId in its criteria. Row
 * level security stays the second guard, and in `asSystem` work (which bypasses it) the only one
 * left would be the WHERE. Inserts of new rows (`em.save(em.create(…))`) stay plain: they name
 * their facility in the row, and the policy's WITH CHECK holds them to it. Rows keyed by
 * facility_id (one settings row per facility) name it by their key: `em.save(Settings, row)`.
 * The sources are parsed (not type-checked), so this runs in the unit project in seconds.
 */
const ROOT = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const isTestFile = (f: string) => /\.spec\.ts$|test-helpers\.ts$|\/testing\//.test(f);
const libs = readdirSync(join(ROOT, 'libs')).filter((l) => statSync(join(ROOT, 'libs', l)).isDirectory());

/** How an entity's rows belong to a facility. */
type Scope = 'column' | 'key' | 'none';
interface EntityInfo {
  table: string;
  scope: Scope;
}

function parse(file: string, text = readFileSync(file, 'utf8')): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function decoratorNames(node: ts.Node): string[] {
  return (ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []).map((d) => {
    const e = d.expression;
    return ts.isCallExpression(e) ? e.expression.getText() : e.getText();
  });
}

/** Entity classes of every library: table and whether (and how) a row names its facility. */
function entities(): Map<string, EntityInfo> {
  const out = new Map<string, EntityInfo>();
  for (const lib of libs) {
    for (const file of sourceFiles(join(ROOT, 'libs', lib, 'src')).filter((f) => !isTestFile(f))) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes('@Entity(')) continue;
      parse(file, text).forEachChild((node) => {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const entity = (ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []).find(
          (d) => ts.isCallExpression(d.expression) && d.expression.expression.getText() === 'Entity',
        );
        if (!entity) return;
        const arg = (entity.expression as ts.CallExpression).arguments[0];
        const facility = node.members.find((m) => m.name?.getText() === 'facilityId');
        const scope: Scope = !facility ? 'none' : decoratorNames(facility).includes('PrimaryColumn') ? 'key' : 'column';
        out.set(node.name.text, { table: arg && ts.isStringLiteral(arg) ? arg.text : '', scope });
      });
    }
  }
  return out;
}

/** Methods of an EntityManager that write. `insert` is not among them: it only ever adds rows. */
const WRITES = new Set([
  'save',
  'remove',
  'softRemove',
  'recover',
  'update',
  'delete',
  'softDelete',
  'restore',
  'upsert',
  'increment',
  'decrement',
]);

export interface Offence {
  line: number;
  call: string;
  why: string;
}

/** Strips `await`, parentheses, `as`, `!` and `satisfies` off an expression. */
function bare(e: ts.Expression): ts.Expression {
  for (;;) {
    if (ts.isAwaitExpression(e) || ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
    else if (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isTypeAssertionExpression(e)) e = e.expression;
    else return e;
  }
}

function calledName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  return ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
}

/** Finds the offending writes of one source file. */
export function scopedWriteOffences(source: ts.SourceFile, known: Map<string, EntityInfo>): Offence[] {
  const offences: Offence[] = [];
  // Names an EntityManager goes by in this file: em, manager, and anything typed EntityManager.
  const managers = new Set(['em', 'manager', 'entityManager']);
  const collect = (node: ts.Node): void => {
    if ((ts.isParameter(node) || ts.isVariableDeclaration(node)) && node.type?.getText() === 'EntityManager')
      if (ts.isIdentifier(node.name)) managers.add(node.name.text);
    node.forEachChild(collect);
  };
  collect(source);
  const isManager = (e: ts.Expression): boolean => {
    const b = bare(e);
    if (ts.isIdentifier(b)) return managers.has(b.text);
    return ts.isPropertyAccessExpression(b) && b.name.text === 'manager';
  };
  const facilityScoped = (target: ts.Expression | undefined): boolean => {
    const info = target && ts.isIdentifier(bare(target)) ? known.get((bare(target) as ts.Identifier).text) : undefined;
    return info === undefined || info.scope !== 'none';
  };

  /** The latest declaration of `name` before `at`, in a function or block enclosing `at`. */
  const declarationOf = (name: string, at: ts.Node): ts.VariableDeclaration | undefined => {
    let found: ts.VariableDeclaration | undefined;
    const scopes = new Set<ts.Node>();
    for (let p: ts.Node | undefined = at.parent; p; p = p.parent) scopes.add(p);
    const visit = (node: ts.Node): void => {
      if (node.pos > at.pos) return;
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name) {
        const block = node.parent.parent.parent; // declaration list → statement → block
        if (block && scopes.has(block)) found = node;
      }
      node.forEachChild(visit);
    };
    visit(source);
    return found;
  };

  /** Whether the saved value is a row made here and not saved yet: an insert. */
  const isNew = (e: ts.Expression, at: ts.Node, depth = 0): boolean => {
    if (depth > 8) return false;
    const b = bare(e);
    if (ts.isCallExpression(b)) {
      const name = calledName(b);
      const callee = b.expression as ts.PropertyAccessExpression;
      if (name === 'create' && isManager(callee.expression)) return true;
      if (name === 'assign' && callee.expression.getText() === 'Object' && b.arguments[0])
        return isNew(b.arguments[0], at, depth + 1);
      if (name === 'map' && b.arguments[0]) {
        const fn = b.arguments[0];
        if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return false;
        if (!ts.isBlock(fn.body)) return isNew(fn.body, at, depth + 1);
        const returns: ts.ReturnStatement[] = [];
        const visit = (n: ts.Node): void => {
          if (ts.isReturnStatement(n)) returns.push(n);
          else if (!ts.isFunctionLike(n)) n.forEachChild(visit);
        };
        fn.body.forEachChild(visit);
        return returns.length > 0 && returns.every((r) => !!r.expression && isNew(r.expression, at, depth + 1));
      }
      return false;
    }
    if (ts.isArrayLiteralExpression(b))
      return b.elements.every((el) => isNew(ts.isSpreadElement(el) ? el.expression : el, at, depth + 1));
    if (ts.isConditionalExpression(b)) return isNew(b.whenTrue, at, depth + 1) && isNew(b.whenFalse, at, depth + 1);
    if (ts.isIdentifier(b)) {
      const declaration = declarationOf(b.text, at);
      return !!declaration?.initializer && isNew(declaration.initializer, declaration, depth + 1);
    }
    return false;
  };

  const report = (node: ts.Node, why: string) => {
    const call = node.getText().replace(/\s+/g, ' ');
    offences.push({
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      call: call.length > 90 ? `${call.slice(0, 90)}…` : call,
      why,
    });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const receiver = node.expression.expression;
      const args = node.arguments;
      if (WRITES.has(method) && isManager(receiver)) {
        const first = args[0] && bare(args[0]);
        const target = first && ts.isIdentifier(first) && known.has(first.text) ? first : undefined;
        const info = target ? known.get(target.text) : undefined;
        if (info?.scope === 'none') {
          // A platform table (no facility_id): nothing to name.
        } else if (method === 'save') {
          const value = target ? args[1] : args[0];
          if (info?.scope !== 'key' && !(value && isNew(value, node)))
            report(node, 'saves a loaded row by id only: use saveScoped / saveAllScoped');
        } else if (method === 'remove' || method === 'softRemove' || method === 'recover') {
          report(node, `${method}s a loaded row by id only: use removeScoped`);
        } else if (method === 'upsert') {
          if (info?.scope !== 'key') report(node, 'upserts without the facility in its key');
        } else {
          const criteria = args[1] && bare(args[1]);
          const names =
            criteria &&
            ts.isObjectLiteralExpression(criteria) &&
            criteria.properties.some((p) => p.name?.getText() === 'facilityId');
          if (!names && facilityScoped(args[0]))
            report(node, `${method}s by criteria without facilityId: put the facility in the WHERE`);
        }
      } else if ((method === 'update' || method === 'delete') && /\bcreateQueryBuilder\(/.test(receiver.getText())) {
        // A query builder's UPDATE or DELETE: the whole chain must name the facility.
        let chain: ts.Node = node;
        while (
          (ts.isPropertyAccessExpression(chain.parent) && ts.isCallExpression(chain.parent.parent)) ||
          ts.isCallExpression(chain.parent)
        )
          chain = ts.isCallExpression(chain.parent) ? chain.parent : chain.parent.parent;
        const target = method === 'update' ? args[0] : undefined;
        if (!/facility_id|facilityId/.test(chain.getText()) && (method === 'delete' || facilityScoped(target)))
          report(node, `a query builder ${method} without facility_id in its WHERE`);
      }
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const sql = node.getText();
      for (const m of sql.matchAll(/\b(?:UPDATE|DELETE\s+FROM)\s+"?([a-z_]+)"?/gi)) {
        const entity = [...known.values()].find((i) => i.table === m[1].toLowerCase());
        if (entity && entity.scope !== 'none' && !/facility_id/.test(sql))
          report(node, `SQL writes ${m[1]} without facility_id`);
      }
      return;
    }
    node.forEachChild(visit);
  };
  visit(source);
  return offences;
}

/**
 * The writes that are right without naming a facility, each with its reason. Keep this list short
 * and honest: an entry matches the start of the call's text in that file.
 */
const ALLOWED: { file: string; call: string; why: string }[] = [
  {
    file: 'libs/identity/src/users.service.ts',
    call: 'em.update(User, { id: actor.userId }',
    why: "the actor's own account (its locale), by the session's user id; platform operators have no facility",
  },
  {
    file: 'libs/identity/src/users.service.ts',
    call: 'em.update(User, { id: user.id }, { passwordHash })',
    why: "the actor's own password, by the session's user id; platform operators have no facility",
  },
  {
    file: 'libs/identity/src/users.service.ts',
    call: 'em.save(user)',
    why: 'completing an invitation or reset link: the account the link names, found by the link (no facility yet known)',
  },
  {
    file: 'libs/identity/src/auth.service.ts',
    call: 'em.update(User, { id: user.id }',
    why: 'a login resets the account it checked the password of; the login happens before any facility is known',
  },
  {
    file: 'libs/identity/src/auth.service.ts',
    call: 'em.update(AuthSession, { id: sessionId',
    why: 'a session is revoked by its own id, the one the request or refresh token presented; operators have no facility',
  },
  {
    file: 'libs/identity/src/auth.service.ts',
    call: '`UPDATE users SET failed_login_count',
    why: 'a failed login counts against the account whose password was tried, before any facility is known',
  },
  {
    file: 'libs/identity/src/auth.service.ts',
    call: '`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2 WHERE user_id = $1',
    why: "ending every login of one account (log out everywhere, a new password, deactivation): sessions are the account's, across facilities",
  },
  {
    file: 'libs/jobs/src/outbox-relay.ts',
    call: '`UPDATE outbox_messages SET relayed_at',
    why: 'the outbox relay marks the rows it just relayed, of every facility: request roles may only insert outbox rows',
  },
  {
    file: 'libs/jobs/src/outbox-relay.ts',
    call: '`DELETE FROM outbox_messages WHERE relayed_at',
    why: 'the outbox relay forgets relayed rows of every facility after some days: a platform chore, not a facility write',
  },
];

function productionFiles(): string[] {
  const out: string[] = [];
  for (const lib of libs) {
    if (lib === 'schema') continue; // migrations and the entity list
    out.push(...sourceFiles(join(ROOT, 'libs', lib, 'src')).filter((f) => !isTestFile(f)));
  }
  for (const app of readdirSync(join(ROOT, 'apps')).filter((a) => a !== 'web'))
    out.push(...sourceFiles(join(ROOT, 'apps', app)).filter((f) => !isTestFile(f)));
  return out.filter((f) => relative(ROOT, f) !== 'libs/database/src/scoped-writes.ts');
}

describe('scoped writes', () => {
  const known = entities();
  const found = productionFiles().flatMap((file) =>
    scopedWriteOffences(parse(file), known).map((o) => ({ ...o, file: relative(ROOT, file) })),
  );

  it('knows the entities and how their rows name a facility', () => {
    expect(known.get('Invoice')).toEqual({ table: 'invoices', scope: 'column' });
    expect(known.get('BillingSettings')).toEqual({ table: 'billing_settings', scope: 'key' });
    expect(known.get('RefreshToken')).toEqual({ table: 'refresh_tokens', scope: 'none' });
    expect(known.size).toBeGreaterThan(50);
  });

  it('writes loaded facility rows only through the scoped helpers or with facilityId in the WHERE', () => {
    const offences = found
      .filter((o) => !ALLOWED.some((a) => a.file === o.file && o.call.startsWith(a.call)))
      .map((o) => `${o.file}:${o.line} ${o.call} — ${o.why}`);
    expect(offences).toEqual([]);
  });

  it('keeps the allow-list to entries that are still needed and explained', () => {
    for (const a of ALLOWED) {
      expect(a.why.length).toBeGreaterThan(40);
      expect([a, found.some((o) => o.file === a.file && o.call.startsWith(a.call))]).toEqual([a, true]);
    }
  });

  it('reaches the database through an EntityManager (no repositories to slip past this check)', () => {
    const offenders = productionFiles()
      .filter((f) => /\bgetRepository\(|@InjectRepository\(|\.getTreeRepository\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('tells a plain write of a loaded row from an insert, a scoped write and a set-based write', () => {
    const sample = `
      async function sample(em: EntityManager, facilityId: string, id: string, db: EntityManager) {
        const charge = await em.findOneByOrFail(Charge, { facilityId, id });
        charge.amount = 1;
        await em.save(charge);                                          // offence 1
        await db.remove(charge);                                        // offence 2
        await em.update(Charge, { id }, { amount: 2 });                 // offence 3
        await em.delete(Charge, { id });                                // offence 4
        await em.createQueryBuilder().update(Charge).set({ amount: 3 }).where('id = :id', { id }).execute(); // 5
        await em.query('DELETE FROM charges WHERE id = $1', [id]);      // offence 6
        const row = (await em.findOneBy(Charge, { facilityId })) ?? em.create(Charge, { facilityId });
        await em.save(row);                                             // offence 7
        await em.save(Object.assign(charge, { amount: 4 }));            // offence 8
        await saveScoped(em, facilityId, charge);
        await removeScoped(em, facilityId, charge);
        await em.save(em.create(Charge, { facilityId }));
        const fresh = em.create(Charge, { facilityId });
        await em.save(fresh);
        await em.save(Object.assign(fresh, { amount: 5 }));
        await em.save([1, 2].map((n) => em.create(Charge, { facilityId, amount: n })));
        await em.save(BillingSettings, { facilityId, ...changes });
        await em.update(Charge, { facilityId, id }, { amount: 6 });
        await em.delete(RefreshToken, { sessionId: id });
        await em.createQueryBuilder().update(Charge).set({ amount: 7 }).where('facility_id = :facilityId', { facilityId }).execute();
        await em.query('UPDATE charges SET amount = 8 WHERE facility_id = $1 AND id = $2', [facilityId, id]);
        await em.query('SELECT 1 FROM charges FOR UPDATE SKIP LOCKED');
        const h = createHash('sha256').update(id);
        await this.charges.remove(facilityId, id);
      }`;
    const offences = scopedWriteOffences(parse('sample.ts', sample), known);
    expect(offences.map((o) => o.line)).toEqual([5, 6, 7, 8, 9, 10, 12, 13]);
  });
});
