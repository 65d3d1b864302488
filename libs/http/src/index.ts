export { HttpApiModule } from './http-api.module';
export { CurrentInvocation } from './current-invocation.decorator';
export { createHttpApp, bootstrapHttpService } from './create-http-app';
export {
  type ProblemDocument,
  type FieldProblem,
  PROBLEM_CONTENT_TYPE,
  problemType,
} from './problems/problem-document';
export {
  domainErrorMapper,
  type DomainError,
  type DomainProblem,
} from './problems/domain-error.mapper';
export { ZodValidationPipe, DatedZodValidationPipe } from './validation/zod-validation.pipe';
export { RequestValidationError } from './validation/request-validation.error';
export { jsonPointer } from './validation/json-pointer';
export { IdempotencyStore, type IdempotentRequest } from './idempotency/idempotency.store';
export { IdempotencyKeyReusedError } from './idempotency/idempotency-key-reused.error';
export { Idempotent, IdempotencyKey } from './idempotency/idempotent.decorator';
export { IDEMPOTENCY_MIGRATIONS } from './idempotency/create-idempotency-keys.migration';
export { ResourceIdPipe } from './validation/resource-id.pipe';
export {
  keysetCursor,
  type KeysetCursor,
  type KeysetPosition,
  type SortKeyType,
} from './pagination/keyset-cursor';
export { PAGE_SIZE, type Page, pageQuery, ApiPageQuery, pageOf } from './pagination/page';
