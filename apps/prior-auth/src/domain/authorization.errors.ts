export type AuthorizationErrorCode =
  | 'AUTHORIZATION.NOT_FOUND'
  | 'AUTHORIZATION.ILLEGAL_TRANSITION'
  | 'AUTHORIZATION.NOT_READY'
  | 'AUTHORIZATION.NO_CHANGE';

/** A rule of the authorization lifecycle was broken; the code is stable, controllers map it to HTTP. */
export class AuthorizationError extends Error {
  constructor(
    readonly code: AuthorizationErrorCode,
    message: string,
    readonly details: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AuthorizationError';
  }
}
