// The console's pure logic (no rendering) as unit specs. The console talks to no database,
// cache or broker, so it has no integration project to bring up.
module.exports = require('../../jest.preset').jestProjects(__dirname);
