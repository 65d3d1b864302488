import { type ReferralSubmission } from '../submit-referral/referral-submission.schema';

/** What is kept of a submission on the referral row: everything but document contents. */
export type StoredSubmission = Omit<ReferralSubmission, 'documents'>;
