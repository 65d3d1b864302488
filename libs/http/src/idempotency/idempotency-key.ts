import { RequestValidationError } from '../validation/request-validation.error';

// RFC draft "The Idempotency-Key HTTP Header Field": a string; we accept visible ASCII.
const IDEMPOTENCY_KEY = /^[\x21-\x7E]{1,255}$/;

/** The request's Idempotency-Key, if it sent one; a malformed key is a 400 naming the header. */
export function idempotencyKeyOf(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || !IDEMPOTENCY_KEY.test(value)) {
    throw new RequestValidationError([
      { header: 'Idempotency-Key', detail: 'expected 1 to 255 visible ASCII characters' },
    ]);
  }
  return value;
}
