export type ReferralErrorCode =
  'REFERRAL.NOT_FOUND' | 'REFERRAL.NOT_OPEN' | 'REFERRAL.ALREADY_ACCEPTED' | 'REFERRAL.DUPLICATE';

/** A rule of referral intake was broken; the code is stable, the controller maps it to HTTP. */
export class ReferralError extends Error {
  constructor(
    readonly code: ReferralErrorCode,
    message: string,
    readonly details: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ReferralError';
  }
}
