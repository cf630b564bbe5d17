import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/**
 * Controllers take the caller's facility from `@FacilityId() facilityId: string` (issue 8), not by
 * calling `facilityOf(actor)` themselves: one place resolves it, with facilityOf's 403 for an account
 * without a facility. The sources are parsed (not type-checked), so this runs in the unit project.
 */
const ROOT = join(__dirname, '../..');
const API = join(ROOT, 'apps/api/src');

/** Files that may still call facilityOf, each with its reason. */
const ALLOWED: Record<string, string> = {
  'apps/api/src/common/auth.decorators.ts': 'the @FacilityId() decorator itself',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/** `line: text` of every call of facilityOf (or of a local alias of it) in a file. */
function facilityOfCalls(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const names = new Set(['facilityOf']);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportSpecifier(node) && (node.propertyName ?? node.name).text === 'facilityOf') names.add(node.name.text);
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      if (names.has(name) || name === 'facilityOf') {
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        found.push(`${line}: ${node.getText(sf)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('facility id in apps/api (issue 8)', () => {
  const files = sourceFiles(API);

  it('no file calls facilityOf( outside @FacilityId()', () => {
    const offenders = files
      .map((f) => relative(ROOT, f))
      .filter((f) => !(f in ALLOWED))
      .flatMap((f) => facilityOfCalls(join(ROOT, f)).map((call) => `${f}:${call}`));
    expect(offenders).toEqual([]);
  });

  it('the allow-list names files that still call it', () => {
    for (const f of Object.keys(ALLOWED)) expect(facilityOfCalls(join(ROOT, f))).not.toEqual([]);
  });
});
