module.exports = {
  ...require('../../jest.preset'),
  displayName: 'messaging',
  rootDir: __dirname,
  globalSetup: '<rootDir>/../../libs/testing/src/global-setup.ts',
  testTimeout: 60000,
};
