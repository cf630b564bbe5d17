import { Row } from '../support/table';

/** Scenario 5 (streamed invoice CSV export): not built yet — the product has no invoice export. */
export async function exportScenario(_opts: {
  env: Record<string, string>;
  expectedRows: number;
}): Promise<{ row: Row; figures: Record<string, unknown> }> {
  return {
    row: {
      scenario: '5 export',
      measure: 'CSV of invoices',
      tamago: 'not built',
      baseline: '—',
      ratio: '—',
      target: '< 256 MB peak',
    },
    figures: { built: false },
  };
}
