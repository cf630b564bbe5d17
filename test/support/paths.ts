import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsconfig-paths';

// globalSetup/globalTeardown run outside Jest's moduleNameMapper; map the @tamago aliases here.
// tsconfig-paths mis-reads a pattern with text after its `*`, so each `@tamago/<lib>/entities` is listed.
const root = join(__dirname, '../..');
const entityLists = Object.fromEntries(
  readdirSync(join(root, 'libs')).map((lib) => [`@tamago/${lib}/entities`, [`libs/${lib}/src/entities`]]),
);
register({ baseUrl: root, paths: { ...entityLists, '@tamago/*': ['libs/*/src'] } });
