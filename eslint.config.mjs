// @ts-check
import { readdirSync } from 'node:fs';
import pluginQuery from '@tanstack/eslint-plugin-query';
import pluginRouter from '@tanstack/eslint-plugin-router';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import checkFile from 'eslint-plugin-check-file';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const WEB = './apps/web/src';
const webFeatures = readdirSync(`${WEB}/features`, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/**
 * Boundaries between libraries are part of the design: a library is used only through its
 * index (`@tamago/<lib>`), never through a deep path. Cycles between libraries are checked
 * by test/architecture/dependencies.spec.ts.
 */
export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'apps/web/dist/**',
      '**/*.js',
      '**/*.mjs',
      'apps/web/src/app/route-tree.gen.ts',
      'libs/api-client/src/schema.ts',
      'test-artifacts/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@tamago/*/*'], message: 'Import a library through its index: @tamago/<lib>.' },
            {
              group: ['**/libs/*/src/**', '../../libs/**'],
              message: 'Use the @tamago/<lib> alias, not a path into libs/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  // A context's entity classes (`@tamago/<lib>/entities`) reach only libs/schema (the data source's
  // entity list) and tests; test/architecture/context-boundaries.spec.ts checks the same.
  {
    files: ['libs/schema/src/**/*.ts', 'test/**/*.ts', '**/*.spec.ts', '**/*.e2e-spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@tamago/[^/]+/(?!entities$)',
              message:
                'Import a library through its index (@tamago/<lib>) or its entity list (@tamago/<lib>/entities).',
            },
            {
              group: ['**/libs/*/src/**', '../../libs/**'],
              message: 'Use the @tamago/<lib> alias, not a path into libs/.',
            },
          ],
        },
      ],
    },
  },
  // The web app (apps/web): features do not import each other, nor app/ or routes/; shared code
  // (components/, lib/) imports no feature. Kebab-case file names, small files, hooks and a11y rules.
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
    plugins: {
      ...jsxA11y.flatConfigs.recommended.plugins,
      'import-x': importX,
      'check-file': checkFile,
      'react-hooks': reactHooks,
      '@tanstack/query': pluginQuery,
      '@tanstack/router': pluginRouter,
    },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'apps/web/tsconfig.json' })],
    },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      ...reactHooks.configs.flat.recommended.rules,
      ...pluginQuery.configs['flat/recommended'][0].rules,
      ...pluginRouter.configs['flat/recommended'][0].rules,
      'no-restricted-imports': 'off',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...webFeatures.map((f) => ({
              target: `${WEB}/features/${f}`,
              from: `${WEB}/features`,
              except: [`./${f}`],
              message: 'A feature does not import another feature; move shared code to components/ or lib/.',
            })),
            {
              target: [`${WEB}/features`, `${WEB}/components`, `${WEB}/lib`],
              from: [`${WEB}/app`, `${WEB}/routes`],
              message: 'Only app/ and routes/ compose features.',
            },
            {
              target: [`${WEB}/components`, `${WEB}/lib`],
              from: `${WEB}/features`,
              message: 'Shared code imports no feature.',
            },
          ],
        },
      ],
      'check-file/filename-naming-convention': [
        'error',
        { 'apps/web/src/!(routes)/**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'apps/web/src/!(routes)/**/': 'KEBAB_CASE' }],
      'max-lines': ['error', { max: 250, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['apps/web/src/routes/**/*.tsx'],
    rules: { 'max-lines': ['error', { max: 40, skipBlankLines: true, skipComments: true }] },
  },
);
