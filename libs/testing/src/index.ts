export {
  TEST_DATABASE_URL,
  TEST_JWT_SECRET,
  testEnvironment,
  uniqueSuffix,
} from './test-environment';
export { queryTestDatabase, dropSchema, testDatabaseConfig } from './test-database';
export { tokenFor, TEST_AUTH } from './test-tokens';
export { TestHttpClient, type TestResponse } from './test-http-client';
export { readFixture } from './fixtures';
export { TopicReader, type ReadMessage } from './topic-reader';
export { eventually } from './eventually';
export { deleteTopicsWithPrefix } from './test-topics';
export { testKafka } from './test-kafka';
export { CHILD_PROCESS_TSCONFIG } from './child-process-tsconfig';
export { startTestChildProcess, type TestChildProcess } from './child-process';
export {
  startFhirValidator,
  type FhirValidator,
  type FhirValidatorOptions,
  type ValidationReport,
  type FhirIssue,
  type AllowedFhirIssue,
} from './fhir-validator';
