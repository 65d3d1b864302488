module.exports = {
  ...require('../../jest.preset'),
  displayName: 'referrals',
  rootDir: __dirname,
  globalSetup: '<rootDir>/../../libs/testing/src/global-setup.ts',
  // Suites start real apps against PostgreSQL and Kafka; give them room on a 2-core machine.
  testTimeout: 30000,
};
