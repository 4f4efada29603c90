import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'fixtures/**', 'node_modules/**', 'build/**', 'coverage/**', '.cache/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.check.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      eqeqeq: ['error', 'always'],
      'no-shadow': 'off',
      '@typescript-eslint/no-shadow': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/explicit-function-return-type': ['error', { allowExpressions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core and the renderers are pure: no I/O, no process, no network, no clock.
    files: ['src/core/**', 'src/render/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:fs*',
                'fs',
                'fs/*',
                'node:http*',
                'node:net',
                'node:child_process',
                'node:process',
              ],
              message: 'src/core and src/render are pure: do I/O in src/sources.',
            },
            {
              group: ['@actions/*', '**/sources/**', '**/cli/**', '**/action/**'],
              message: 'src/core and src/render may not depend on adapters or entries.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'pass values in; the core is pure' },
        { name: 'fetch', message: 'no network in the core' },
      ],
    },
  },
  {
    // GitHub's toolkit lives only in the action entry; the shared job knows no entry.
    files: ['src/app/**', 'src/sources/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*', '**/action/**'],
              message: '@actions/* and the action entry are used only in src/action.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**', 'src/sources/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*', '**/action/**', '**/cli/**'],
              message: 'src/app and src/sources serve both entries and depend on neither.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**', 'scripts/**', 'bench/**', 'fuzz/**', '*.config.*'],
    rules: {
      '@typescript-eslint/explicit-function-return-type': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
);
