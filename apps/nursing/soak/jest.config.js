// npm run soak:visits: the visit-update soak, on the real PostgreSQL and broker. Not part of
// npm test: the project's own Jest projects never match *.soak-spec.ts.
const { join } = require('node:path');
const { jestProjects } = require('../../../jest.preset');

const [, integration] = jestProjects(join(__dirname, '..'), { realInfrastructure: true }).projects;

module.exports = {
  ...integration,
  displayName: 'soak',
  testMatch: ['<rootDir>/soak/**/*.soak-spec.ts'],
};
