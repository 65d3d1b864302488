/** A client sent an Idempotency-Key again with a different request: answered 422. */
export class IdempotencyKeyReusedError extends Error {
  readonly code = 'IDEMPOTENCY.KEY_REUSED';

  constructor() {
    super('This Idempotency-Key was used with a different request body.');
    this.name = 'IdempotencyKeyReusedError';
  }
}
