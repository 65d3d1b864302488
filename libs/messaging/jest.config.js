module.exports = {
  ...require('../../jest.integration-preset'),
  displayName: 'messaging',
  rootDir: __dirname,
};
