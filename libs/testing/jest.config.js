// The testing library's own tests: the FHIR validator client (fhir-validator*.ts). Its
// integration spec starts a JVM and needs no PostgreSQL, Redis or Kafka.
module.exports = require('../../jest.preset').jestProjects(__dirname);
