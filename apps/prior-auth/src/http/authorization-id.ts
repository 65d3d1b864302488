import { ResourceIdPipe } from '@infuse/http';

/** The ids prior-auth routes take from their paths. */
export const AuthorizationIdPipe = new ResourceIdPipe('authorization request');
export const ReferralIdPipe = new ResourceIdPipe('referral');
