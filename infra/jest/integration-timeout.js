// Runs before each test file of an integration Jest project on the real infrastructure
// (jest.integration-preset.js). Jest reads `testTimeout` for the whole run, not per project, so
// this is how those files alone get the time PostgreSQL, Redis and Kafka take on a 2-core machine
// while pure specs keep Jest's 5 s.
jest.setTimeout(60_000);
