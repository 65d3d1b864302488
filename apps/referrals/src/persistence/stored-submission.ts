import { type ReferralSubmission } from '../submit-referral/referral-submission.schema';

/** What is kept of a submission on the referral row: labs and documents have their own tables. */
export type StoredSubmission = Omit<ReferralSubmission, 'documents' | 'labs'>;
