import { Row } from '../support/table';

/** Scenario 7 (Lighthouse): not built yet. */
export async function webScores(_opts: {
  env: Record<string, string>;
}): Promise<{ rows: Row[]; figures: Record<string, unknown> }> {
  return {
    rows: [
      {
        scenario: '7 web',
        measure: 'Lighthouse',
        tamago: 'not built',
        baseline: '—',
        ratio: '—',
        target: 'perf ≥ 90, a11y ≥ 95',
      },
    ],
    figures: { built: false },
  };
}
