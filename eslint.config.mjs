// @ts-check
import tseslint from 'typescript-eslint';

/**
 * Boundaries between libraries are part of the design: a library is used only through its
 * index (`@tamago/<lib>`), never through a deep path. Cycles between libraries are checked
 * by test/architecture/dependencies.spec.ts.
 */
export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'apps/web/dist/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
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
);
