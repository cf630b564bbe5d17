import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JA_STATE_NAMES } from '@tamago/i18n';

/**
 * The API's transition errors name states in Japanese with the words of `libs/i18n/src/state-labels.ts`;
 * the web app shows the same states from its feature catalogues. Both lists are kept, one per app,
 * and this test keeps them the same words: a state renamed in one place must be renamed in the other.
 */
const WEB = join(__dirname, '../../apps/web/src/features');
const webLabels = (feature: string, path: string): Record<string, string> => {
  const catalogue = JSON.parse(readFileSync(join(WEB, feature, 'i18n/ja.json'), 'utf8')) as Record<string, unknown>;
  return path
    .split('.')
    .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], catalogue) as Record<string, string>;
};

const WHERE: Record<string, [feature: string, path: string]> = {
  lease: ['leasing', 'leaseStatus'],
  session: ['sessions', 'status'],
  'subsidy case': ['subsidies', 'stage'],
  referral: ['partners', 'status'],
  tenant: ['tenants', 'status'],
};

describe('state names: API errors and the web app use the same Japanese words', () => {
  it('covers every machine the errors name', () => {
    expect(Object.keys(WHERE).sort()).toEqual(Object.keys(JA_STATE_NAMES).sort());
  });

  it.each(Object.entries(WHERE))('%s', (machine, [feature, path]) => {
    expect(JA_STATE_NAMES[machine].states).toEqual(webLabels(feature, path));
  });

  it("the portal's company states are the staff workspace's words", () => {
    expect(webLabels('portal', 'company.statuses')).toEqual(webLabels('tenants', 'status'));
  });
});
