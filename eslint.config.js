// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const infrastructure = [
  'grammy',
  '@grammyjs/*',
  'drizzle-orm',
  'drizzle-orm/*',
  'postgres',
  '@electric-sql/*',
  'node-cron',
  'node:*',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'drizzle/', 'coverage/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.cjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
    },
  },
  {
    // The domain is pure: no I/O libraries, no database code, no environment, no clock.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: infrastructure, message: 'src/domain is pure TypeScript: no I/O libraries here.' },
            {
              group: ['**/db/**', '**/db', '../app/**', '../bot/**', '../telegram/**', '../source/**'],
              message: 'src/domain must not depend on adapters or drivers.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'Pass configuration in as a parameter.' }],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time comes in as a parameter.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time comes in as a parameter.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    // One way for a test file to get a database: the hooks of useTestDatabase() / useSharedDatabase().
    files: ['test/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/support/test-database.ts'],
              importNames: ['createTestDatabase', 'sharedDatabase'],
              message: 'Call useTestDatabase() or useSharedDatabase() (test/support/test-database.ts).',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.js', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    // Plain Node scripts: they run before anything is bundled (scripts/) or ahead of the program (bench/support/).
    files: ['scripts/**/*.js', 'bench/**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
        setTimeout: 'writable',
        clearTimeout: 'writable',
        setInterval: 'writable',
        clearInterval: 'writable',
      },
    },
  },
);
