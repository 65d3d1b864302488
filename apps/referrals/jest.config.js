module.exports = {
  ...require('../../jest.integration-preset'),
  displayName: 'referrals',
  rootDir: __dirname,
};
