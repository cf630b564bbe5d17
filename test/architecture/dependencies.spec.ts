import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

const libs = readdirSync(join(ROOT, 'libs')).filter((l) => statSync(join(ROOT, 'libs', l)).isDirectory());

/** lib -> libs it imports (production code only; tests may reach wider). */
function libraryGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const lib of libs) {
    const deps = new Set<string>();
    for (const file of sourceFiles(join(ROOT, 'libs', lib, 'src')).filter(
      (f) => !/\.spec\.ts$|test-helpers\.ts$/.test(f),
    )) {
      for (const spec of importsOf(file)) {
        const m = /^@tamago\/([^/]+)/.exec(spec);
        if (m && m[1] !== lib) deps.add(m[1]);
      }
    }
    graph.set(lib, deps);
  }
  return graph;
}

describe('library boundaries', () => {
  it('no library imports another through a deep path or a relative path', () => {
    const offenders: string[] = [];
    for (const file of [
      ...sourceFiles(join(ROOT, 'libs')),
      ...sourceFiles(join(ROOT, 'apps')).filter((f) => !f.includes('/apps/web/')),
    ]) {
      for (const spec of importsOf(file)) {
        // libs/schema alone reaches each context's entity list (context-boundaries.spec.ts).
        const entityList = /^@tamago\/[^/]+\/entities$/.test(spec) && relative(ROOT, file).startsWith('libs/schema/');
        if (/^@tamago\/[^/]+\//.test(spec) && !entityList) offenders.push(`${relative(ROOT, file)} -> ${spec}`);
        if (
          spec.startsWith('.') &&
          relative(ROOT, join(file, '..', spec))
            .split('/')
            .slice(0, 2)
            .join('/') !== relative(ROOT, file).split('/').slice(0, 2).join('/')
        ) {
          offenders.push(`${relative(ROOT, file)} -> ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('has no cycles between libraries', () => {
    const graph = libraryGraph();
    const cycles: string[] = [];
    const visit = (lib: string, path: string[]) => {
      for (const dep of graph.get(lib) ?? []) {
        if (dep === path[0]) cycles.push([...path, dep].join(' -> '));
        else if (!path.includes(dep) && path.length < libs.length) visit(dep, [...path, dep]);
      }
    };
    for (const lib of libs) visit(lib, [lib]);
    expect(cycles).toEqual([]);
  });

  it('keeps platform libraries free of business contexts', () => {
    const graph = libraryGraph();
    for (const platform of ['core', 'config', 'database', 'jobs']) {
      const deps = [...(graph.get(platform) ?? [])].filter((d) => !['core', 'config', 'database', 'jobs'].includes(d));
      expect([platform, deps]).toEqual([platform, []]);
    }
  });
});
