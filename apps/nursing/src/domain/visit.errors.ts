export type VisitErrorCode =
  | 'VISIT.NOT_FOUND'
  | 'VISIT.NOTE_SIGNED'
  | 'VISIT.CLOSED'
  | 'VISIT.NURSE_UNKNOWN'
  | 'VISIT.DATE_IN_PAST';

/** A rule of visits was broken; the code is stable, the controller maps it to HTTP. */
export class VisitError extends Error {
  constructor(
    readonly code: VisitErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'VisitError';
  }
}
