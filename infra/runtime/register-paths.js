// Resolves the workspace's `@infuse/*` imports to the compiled libraries under dist/, using the
// same path map as TypeScript, so `node -r ./infra/runtime/register-paths.js dist/...` runs an app.
const path = require('node:path');
const tsConfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../../tsconfig.base.json');

tsConfigPaths.register({
  baseUrl: path.join(__dirname, '..', '..', 'dist'),
  paths: compilerOptions.paths,
});
