export { HttpPlatformModule, type HttpPlatformOptions } from './http-platform.module';
export { defineHttpService, type HttpService, type HttpServiceDefinition } from './http-service';
export { CurrentInvocation } from './current-invocation.decorator';
export { createHttpApp, bootstrapHttpService } from './create-http-app';
export {
  type ProblemDocument,
  type FieldProblem,
  PROBLEM_CONTENT_TYPE,
  problemType,
} from './problems/problem-document';
export { ZodValidationPipe, parseOrThrow, fieldProblemsOf } from './validation/zod-validation.pipe';
export { RequestValidationError } from './validation/request-validation.error';
export { jsonPointer } from './validation/json-pointer';
export { type ReadinessCheck } from './health/readiness-check';
export { type DependencyName } from './health/health.module';
