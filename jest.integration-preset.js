// Projects whose tests use the real PostgreSQL, Redis and Kafka: check they are up before any
// suite runs, and give suites the time real infrastructure takes on a 2-core machine.
module.exports = {
  ...require('./jest.preset'),
  globalSetup: '<rootDir>/../../libs/testing/src/global-setup.ts',
  testTimeout: 60000,
};
