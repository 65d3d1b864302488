export type FollowUpErrorCode =
  'FOLLOW_UP.NOT_FOUND' | 'FOLLOW_UP.CLOSED' | 'FOLLOW_UP.NOT_YOURS' | 'FOLLOW_UP.SNOOZE_NOT_LATER';

/** A rule of follow-up tasks was broken; the code is stable, the controller maps it to HTTP. */
export class FollowUpError extends Error {
  constructor(
    readonly code: FollowUpErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'FollowUpError';
  }
}
