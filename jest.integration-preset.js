// The integration Jest project of a project whose tests use the real PostgreSQL, Redis and Kafka
// (see jest.preset.js): check they are up before any of its suites runs, and give its tests the
// time real infrastructure takes on a 2-core machine.
const { join } = require('node:path');

module.exports = {
  globalSetup: join(__dirname, 'libs/testing/src/global-setup.ts'),
  setupFilesAfterEnv: [join(__dirname, 'infra/jest/integration-timeout.js')],
};
