module.exports = {
  ...require('../../jest.preset'),
  displayName: 'http',
  rootDir: __dirname,
};
