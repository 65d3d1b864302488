module.exports = {
  ...require('../../jest.preset'),
  displayName: 'database',
  rootDir: __dirname,
  globalSetup: '<rootDir>/../../libs/testing/src/global-setup.ts',
  testTimeout: 30000,
};
