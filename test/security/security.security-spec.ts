import { describeAuthorizationMatrix } from './authz-matrix';
import { describeBadInputCorpus } from './bad-input';
import { describeFieldLevelRules } from './field-level';
import { describeSurface } from './surface';
import { COUNTS, SecurityWorld, buildSecurityWorld } from './support/world';

/**
 * The security suite's attacks on one shared world (two facilities with every kind of record,
 * a user of every role): building it is most of the time, so every check reuses it.
 */
describe('security', () => {
  let world: SecurityWorld;
  beforeAll(async () => {
    world = await buildSecurityWorld();
  }, 300_000);
  afterAll(async () => {
    console.log(`security suite counts: ${JSON.stringify(COUNTS)}`);
    await world?.t.close();
  });

  describe('object-level authorization', () => describeAuthorizationMatrix(() => world));
  describe('field-level rules', () => describeFieldLevelRules(() => world));
  describe('bad-input corpus', () => describeBadInputCorpus(() => world));
  describe('headers and surface', () => describeSurface(() => world));
});
