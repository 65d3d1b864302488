export type RequestErrorCode =
  | 'REQUEST.NOT_FOUND'
  | 'REQUEST.NOT_PENDED'
  | 'REQUEST.UNITS_NOT_FEWER'
  | 'REQUEST.NO_UNITS_REQUESTED';

/** Why a reviewer's action on a request cannot be done; controllers map it to HTTP. */
export class RequestError extends Error {
  constructor(
    readonly code: RequestErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'RequestError';
  }
}
