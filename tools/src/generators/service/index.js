// Nx loads a generator's factory with require(). On Node 20 it can only load TypeScript through
// @swc-node/register or ts-node; tsx, already a dev dependency, compiles it here instead.
module.exports = require('tsx/cjs/api').require('./generator.ts', __filename);
