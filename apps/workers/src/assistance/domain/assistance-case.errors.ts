export type AssistanceCaseErrorCode = 'ASSISTANCE_CASE.NOT_FOUND' | 'ASSISTANCE_CASE.CLOSED';

/** A rule of an assistance case was broken; the code is stable, the controller maps it to HTTP. */
export class AssistanceCaseError extends Error {
  constructor(
    readonly code: AssistanceCaseErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AssistanceCaseError';
  }
}
