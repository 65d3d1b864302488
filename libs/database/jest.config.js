module.exports = {
  ...require('../../jest.integration-preset'),
  displayName: 'database',
  rootDir: __dirname,
};
