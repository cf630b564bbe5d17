/** One line of the printed table. */
export interface Row {
  scenario: string;
  measure: string;
  tamago: string;
  baseline: string;
  ratio: string;
  target: string;
}

const HEAD: Row = {
  scenario: 'scenario',
  measure: 'what',
  tamago: 'Tamago',
  baseline: 'baseline',
  ratio: 'ratio',
  target: 'target',
};
const KEYS = Object.keys(HEAD) as (keyof Row)[];

function table(list: Row[]): string {
  const all = [HEAD, ...list];
  const width = KEYS.map((k) => Math.max(...all.map((r) => r[k].length)));
  const line = (r: Row) => `| ${KEYS.map((k, i) => r[k].padEnd(width[i])).join(' | ')} |`;
  return [line(HEAD), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...list.map(line)].join('\n');
}

/** The benchmark's table (Markdown, so the README can take it as printed) and the growth table. */
export function renderTable(rows: Row[], growth: Row[], figures: Record<string, unknown>): string {
  const head = `Tamago benchmark: ${String(figures.facilities)} facilities × ${String(figures.tenantsPerFacility)} tenants${figures.smoke ? ' (smoke)' : ''}`;
  const parts = [head, '', table(rows)];
  if (growth.length)
    parts.push('', 'Growth of the billing run (time should grow no faster than the facilities):', '', table(growth));
  return parts.join('\n');
}
