/** The bearer token is absent, malformed, expired or not signed by a trusted key. */
export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidTokenError';
  }
}
