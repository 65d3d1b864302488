// @ts-check
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

const SERVICES = [
  'referrals',
  'prior-auth',
  'pharmacy',
  'nursing',
  'workers',
  'payer-sandbox',
  'gateway',
];

/** Layers (type:*) and contexts (scope:*): a service never imports another service's code. */
function dependencyRules(inTests) {
  const testing = inTests ? ['type:testing'] : [];
  return [
    { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', ...testing] },
    {
      sourceTag: 'type:platform',
      onlyDependOnLibsWithTags: ['type:platform', 'type:domain', ...testing],
    },
    {
      sourceTag: 'type:testing',
      onlyDependOnLibsWithTags: ['type:testing', 'type:platform', 'type:domain'],
    },
    {
      sourceTag: 'type:app',
      onlyDependOnLibsWithTags: ['type:platform', 'type:domain', ...testing],
    },
    // Tests of the whole system run the apps as processes; they import only libraries.
    {
      sourceTag: 'type:e2e',
      onlyDependOnLibsWithTags: ['type:testing', 'type:platform', 'type:domain'],
    },
    // The console runs in the browser: it may use the contracts' types, never a server library.
    { sourceTag: 'type:console', onlyDependOnLibsWithTags: ['type:domain'] },
    { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
    { sourceTag: 'scope:console', onlyDependOnLibsWithTags: ['scope:shared'] },
    { sourceTag: 'scope:system', onlyDependOnLibsWithTags: ['scope:shared'] },
    ...SERVICES.map((service) => ({
      sourceTag: `scope:${service}`,
      onlyDependOnLibsWithTags: ['scope:shared', `scope:${service}`],
    })),
  ];
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'reports/**',
      'coverage/**',
      '.nx/**',
      'infra/kafka/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Nest resolves constructor parameters from emitted metadata, so a class imported only
      // for a parameter type must stay a value import.
      '@typescript-eslint/no-extraneous-class': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: dependencyRules(false),
        },
      ],
    },
  },
  {
    files: ['apps/console/**/*.tsx', 'apps/console/**/*.ts'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    // Tests, and only tests, may use libs/testing.
    files: [
      '**/*.spec.ts',
      '**/*.integration-spec.ts',
      '**/*.e2e-spec.ts',
      'apps/*/test/**/*.ts',
      'libs/*/test/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      // expect.any() and friends are typed `any` by Jest.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: [], depConstraints: dependencyRules(true) },
      ],
    },
  },
  {
    // The clinical rules and the PAS mapping stay pure: no framework, storage or messaging imports.
    files: ['libs/clinical/**/*.ts', 'libs/contracts/**/*.ts', 'libs/pas/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@nestjs/*',
            'typeorm',
            'kafkajs',
            'bullmq',
            'ioredis',
            'pg',
            'fs',
            'node:*',
            'http',
            'net',
          ],
        },
      ],
    },
  },
  prettier,
);
