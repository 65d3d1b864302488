// Shared Jest settings. Each project's jest.config.js is `jestProjects(__dirname, ...)`: its tests
// as two Jest projects, so the pure ones run alone with nothing else up.
//   unit         *.spec.ts: pure functions; no PostgreSQL, Redis or Kafka (`--selectProjects unit`,
//                the Nx target test-unit)
//   integration  *.integration-spec.ts and *.e2e-spec.ts; with `realInfrastructure`, on the real
//                PostgreSQL, Redis and Kafka broker (jest.integration-preset.js)
// A file matches exactly one of them, so running both (the Nx target test) runs each test once.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

const shared = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // From the workspace root, so a project at any depth resolves `@infuse/*` the same way.
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: `${__dirname}/` }),
};

function jestProjects(rootDir, { realInfrastructure = false } = {}) {
  return {
    rootDir,
    coverageReporters: ['text-summary', 'json-summary'],
    projects: [
      { ...shared, rootDir, displayName: 'unit', testMatch: ['**/*.spec.ts'] },
      {
        ...shared,
        ...(realInfrastructure ? require('./jest.integration-preset') : {}),
        rootDir,
        displayName: 'integration',
        testMatch: ['**/*.integration-spec.ts', '**/*.e2e-spec.ts'],
      },
    ],
  };
}

module.exports = { jestProjects };
