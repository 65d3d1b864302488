import { ResourceIdPipe } from '@infuse/http';

/** The ids intake routes take from their paths. */
export const ReferralIdPipe = new ResourceIdPipe('referral');
export const DocumentIdPipe = new ResourceIdPipe('document');
