module.exports = {
  ...require('../../jest.integration-preset'),
  displayName: 'platform',
  rootDir: __dirname,
};
