// Jest 30 + @swc/jest. NestJS 12 ships ESM-only packages, so node_modules are transformed too
// (transformIgnorePatterns: []) and everything runs as CommonJS inside Jest.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2023',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

const base = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', swc] },
  transformIgnorePatterns: [],
  // `@tamago/<lib>/entities` (a context's entity classes) is for libs/schema and tests only.
  moduleNameMapper: {
    '^@tamago/([^/]+)/entities$': '<rootDir>/libs/$1/src/entities',
    '^@tamago/(.*)$': '<rootDir>/libs/$1/src',
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
};

module.exports = {
  // A project-level testTimeout is ignored by Jest 30; hooks that boot the API and worker need more than 5 s on a busy machine.
  testTimeout: 60000,
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/architecture/*.spec.ts'],
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/jest-timeout.ts'],
    },
    {
      ...base,
      // Real Chromium (playwright-core + /usr/bin/chromium) against the real API serving the built web app.
      displayName: 'browser',
      testMatch: ['<rootDir>/test/web/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      testTimeout: 120000,
      // axe-core finds its window through the top-level `this`, which a CommonJS transform would lose.
      transformIgnorePatterns: ['/node_modules/axe-core/'],
    },
    {
      ...base,
      // The security suite (npm run test:security): generated attacks on every route, role and input.
      displayName: 'security',
      testMatch: ['<rootDir>/test/security/**/*.security-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/jest-timeout.ts'],
    },
    {
      ...base,
      // Fault injection (issue 14): each file starts its own PostgreSQL and Redis on spare ports and runs the
      // built API and worker as child processes, so it can kill, stop and restart them.
      displayName: 'faults',
      testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/jest-timeout.ts'],
    },
    {
      ...base,
      displayName: 'bench',
      testMatch: ['<rootDir>/test/bench/*.bench.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
