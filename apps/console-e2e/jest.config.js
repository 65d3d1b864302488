module.exports = require('../../jest.preset').jestProjects(__dirname, { realInfrastructure: true });
