module.exports = {
  ...require('../../jest.integration-preset'),
  displayName: 'outbound-calls',
  rootDir: __dirname,
};
