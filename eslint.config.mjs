// @ts-check
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'reports/**', 'coverage/**', '.nx/**', 'infra/kafka/**', '**/*.js', '**/*.mjs'],
  },
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
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
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:domain'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:platform', 'type:domain'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:platform', 'type:domain', 'type:testing'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:referrals', onlyDependOnLibsWithTags: ['scope:shared', 'scope:referrals'] },
            { sourceTag: 'scope:prior-auth', onlyDependOnLibsWithTags: ['scope:shared', 'scope:prior-auth'] },
            { sourceTag: 'scope:pharmacy', onlyDependOnLibsWithTags: ['scope:shared', 'scope:pharmacy'] },
            { sourceTag: 'scope:nursing', onlyDependOnLibsWithTags: ['scope:shared', 'scope:nursing'] },
            { sourceTag: 'scope:workers', onlyDependOnLibsWithTags: ['scope:shared', 'scope:workers'] },
            { sourceTag: 'scope:payer-sandbox', onlyDependOnLibsWithTags: ['scope:shared', 'scope:payer-sandbox'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // The clinical rules stay pure: no framework, storage or messaging imports.
    files: ['libs/clinical/**/*.ts', 'libs/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'typeorm', 'kafkajs', 'bullmq', 'ioredis', 'pg', 'fs', 'node:*', 'http', 'net'] },
      ],
    },
  },
  prettier,
);
