// Nx plugin (nx.json "plugins"): every project (a folder with a project.json) that has a
// jest.config.js gets two targets.
//
//   test       all of its tests, once each, with a JSON report in reports/jest/<project>.json
//              that `npm test` adds up; integration and e2e specs need the infrastructure up
//   test-unit  its pure *.spec.ts only (the Jest project `unit`, see jest.preset.js): needs no
//              PostgreSQL, Redis or Kafka, and is cached like typecheck and lint
const { existsSync } = require('node:fs');
const { dirname, join } = require('node:path');

const JEST = 'node infra/scripts/jest.mjs -c {projectRoot}/jest.config.js';

const TARGETS = {
  test: {
    executor: 'nx:run-commands',
    cache: false,
    options: { command: `${JEST} --json --outputFile=reports/jest/{projectName}.json` },
  },
  'test-unit': {
    executor: 'nx:run-commands',
    cache: true,
    inputs: [
      'default',
      '^production',
      '{workspaceRoot}/jest.preset.js',
      '{workspaceRoot}/infra/scripts/jest.mjs',
    ],
    options: { command: `${JEST} --selectProjects unit` },
  },
};

module.exports = {
  name: 'infuse-jest-targets',
  createNodes: [
    '**/jest.config.js',
    (configFiles, _options, { workspaceRoot }) =>
      configFiles
        .filter((file) => existsSync(join(workspaceRoot, dirname(file), 'project.json')))
        .map((file) => [file, { projects: { [dirname(file)]: { targets: TARGETS } } }]),
  ],
};
