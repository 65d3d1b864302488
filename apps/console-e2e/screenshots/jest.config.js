// npm run screenshots (infra/scripts/screenshots.mjs): each role's main screen as
// docs/images/<role>.png. Not part of npm test: the project's own Jest projects never match
// *.screenshot-spec.ts.
const { join } = require('node:path');
const { jestProjects } = require('../../../jest.preset');

const [, integration] = jestProjects(join(__dirname, '..'), { realInfrastructure: true }).projects;

module.exports = {
  ...integration,
  displayName: 'screenshots',
  testMatch: ['<rootDir>/screenshots/**/*.screenshot-spec.ts'],
};
