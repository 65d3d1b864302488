/** The body claims to be JSON and is not (or is empty); answered 400 with a pointer to the root. */
export class MalformedJsonError extends Error {
  constructor(readonly reason: 'empty' | 'invalid') {
    super(
      reason === 'empty' ? 'The request body is empty.' : 'The request body is not valid JSON.',
    );
    this.name = 'MalformedJsonError';
  }
}
