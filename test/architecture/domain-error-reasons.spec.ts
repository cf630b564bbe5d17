import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { en, ja } from '@tamago/i18n';

/**
 * Every domain error carries a stable reason of its context (`BillingError.InvoiceAlreadyVoid` =
 * `billing.invoiceAlreadyVoid`, declared in `libs/<context>/src/errors.ts` or `apps/api/src/errors.ts`),
 * and every reason has a Japanese and an English message in @tamago/i18n. These checks read the
 * sources, so a `new DomainError(...)` or `DomainError.conflict(...)` without a declared reason fails here.
 */
const ROOT = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(path) && !path.endsWith('.d.ts') ? [path] : [];
  });
}

const files = [...sourceFiles(join(ROOT, 'libs')), ...sourceFiles(join(ROOT, 'apps'))];
const errorFiles = files.filter((f) => /\/(libs\/[\w-]+\/src|apps\/api\/src)\/errors\.ts$/.test(f));

/** Declared reasons: `BillingError` → { InvoiceAlreadyVoid: 'billing.invoiceAlreadyVoid', … }, by file. */
function declaredReasons(): Map<string, { file: string; members: Map<string, string> }> {
  const out = new Map<string, { file: string; members: Map<string, string> }>();
  for (const file of errorFiles) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/export const (\w+Error) = \{([\s\S]*?)\} as const;/g)) {
      const members = new Map([...m[2].matchAll(/(\w+): '([\w.]+)'/g)].map((e) => [e[1], e[2]] as [string, string]));
      out.set(m[1], { file: relative(ROOT, file), members });
    }
  }
  return out;
}

const declared = declaredReasons();
const allValues = new Set([...declared.values()].flatMap((d) => [...d.members.values()]));

/** Why the reason argument is not a declared reason, or null when it is one (or passes one on). */
function problemOf(arg: ts.Expression | undefined): string | null {
  if (!arg) return 'no reason';
  if (ts.isParenthesizedExpression(arg)) return problemOf(arg.expression);
  if (ts.isConditionalExpression(arg)) return problemOf(arg.whenTrue) ?? problemOf(arg.whenFalse);
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))
    return allValues.has(arg.text) ? null : `'${arg.text}' is not a declared reason`;
  if (ts.isPropertyAccessExpression(arg) && ts.isIdentifier(arg.expression) && /Error$/.test(arg.expression.text)) {
    const owner = declared.get(arg.expression.text);
    if (!owner) return `${arg.expression.text} is not declared in an errors.ts`;
    return owner.members.has(arg.name.text) ? null : `${arg.getText()} is not declared in ${owner.file}`;
  }
  // A reason passed on (a parameter, `e.reason` of a caught error, an option): typed `string`, checked where it is made.
  if (ts.isIdentifier(arg) || ts.isPropertyAccessExpression(arg) || ts.isElementAccessExpression(arg)) return null;
  if (ts.isSpreadElement(arg)) return null;
  return `${arg.getText()} is not a reason`;
}

/** Every creation of a DomainError outside its own file, with what is wrong with its reason. */
function creations(): { where: string; problem: string | null }[] {
  const out: { where: string; problem: string | null }[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('DomainError') || file.endsWith('libs/core/src/domain-error.ts')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      let reason: ts.Expression | undefined | null = null;
      if (ts.isNewExpression(node) && node.expression.getText() === 'DomainError') reason = node.arguments?.[1];
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.expression.getText() === 'DomainError'
      )
        reason = node.arguments[0];
      if (reason !== null) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        out.push({ where: `${relative(ROOT, file)}:${line + 1}`, problem: problemOf(reason) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

describe('domain error reasons', () => {
  const made = creations();

  it('finds the domain errors of libs/ and apps/', () => {
    expect(made.length).toBeGreaterThan(400);
  });

  it('creates every DomainError with a declared reason', () => {
    expect(made.filter((c) => c.problem !== null).map((c) => `${c.where}: ${c.problem}`)).toEqual([]);
  });

  it('declares reasons per context, each prefixed with its context', () => {
    const offenders: string[] = [];
    for (const [name, { file, members }] of declared) {
      // A library's folder in camelCase (libs/data-io → dataIo, DataIoError).
      const context = /^apps\/api\//.test(file)
        ? 'api'
        : file.split('/')[1].replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      const expected = `${context[0].toUpperCase()}${context.slice(1)}Error`;
      if (name !== expected) offenders.push(`${file}: ${name} should be ${expected}`);
      for (const [member, value] of members) {
        if (value !== `${context}.${member[0].toLowerCase()}${member.slice(1)}`)
          offenders.push(`${file}: ${member} = '${value}'`);
      }
    }
    expect(offenders).toEqual([]);
    expect(declared.size).toBeGreaterThan(15);
  });

  it('has a Japanese and an English message for every declared reason, and no message without a reason', () => {
    const messages = (catalogue: typeof ja | typeof en) =>
      new Set(
        Object.entries(catalogue.errors as unknown as Record<string, Record<string, string>>).flatMap(
          ([context, reasons]) => Object.keys(reasons).map((r) => `${context}.${r}`),
        ),
      );
    const reasons = [...allValues].sort();
    expect(reasons.filter((r) => !messages(ja).has(r))).toEqual([]);
    expect(reasons.filter((r) => !messages(en).has(r))).toEqual([]);
    expect([...messages(ja)].filter((r) => !allValues.has(r))).toEqual([]);
  });
});
