import { join } from 'node:path';
import { register } from 'tsconfig-paths';

// globalSetup/globalTeardown run outside Jest's moduleNameMapper; map the @tamago aliases here.
register({ baseUrl: join(__dirname, '../..'), paths: { '@tamago/*': ['libs/*/src'] } });
