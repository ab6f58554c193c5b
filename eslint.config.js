import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'node_modules/**',
      'coverage/**',
      'src/core/intent/model-data.ts',
      'src/core/language/profiles-data.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
      'no-restricted-imports': [
        'error',
        { paths: ['fs', 'path', 'crypto', 'os', 'child_process', 'buffer', 'util'], patterns: ['node:*'] },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'process',
        'Buffer',
        'require',
        '__dirname',
        'GmailApp',
        'CardService',
        'SpreadsheetApp',
        'PropertiesService',
        'CacheService',
        'LockService',
        'ScriptApp',
        'Session',
        'Utilities',
        'Logger',
        'MailApp',
        'DriveApp',
        'UrlFetchApp',
      ],
    },
  },
);
