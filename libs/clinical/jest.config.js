module.exports = {
  ...require('../../jest.preset'),
  displayName: 'clinical',
  rootDir: __dirname,
};
