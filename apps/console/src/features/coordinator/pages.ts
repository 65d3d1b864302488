// The coordinator's pages, loaded together as one chunk (see app/lazy-page.ts).
export { AssistanceCasePage } from './assistance/assistance-case-page';
export { AssistanceCasesPage } from './assistance/assistance-cases-page';
export { FollowUpsPage } from './follow-ups/follow-ups-page';
export { NewReferralPage } from './new-referral/new-referral-page';
export { ReferralPage } from './referral-page/referral-page';
export { WorkQueuePage } from './referrals/work-queue-page';
export { SchedulePage } from './schedule/schedule-page';
