import type { Screen } from '../../app/screen';
import { AssistanceCasePage } from './assistance/assistance-case-page';
import { AssistanceCasesPage } from './assistance/assistance-cases-page';
import { FollowUpsPage } from './follow-ups/follow-ups-page';
import { NewReferralPage } from './new-referral/new-referral-page';
import { ReferralPage } from './referral-page/referral-page';
import { WorkQueuePage } from './referrals/work-queue-page';

export const coordinatorScreens: Screen[] = [
  { path: '/referrals', element: <WorkQueuePage />, navLabel: 'Referrals' },
  { path: '/referrals/new', element: <NewReferralPage />, navLabel: 'New referral' },
  { path: '/referrals/:id', element: <ReferralPage /> },
  { path: '/follow-ups', element: <FollowUpsPage />, navLabel: 'Follow-ups' },
  { path: '/assistance', element: <AssistanceCasesPage />, navLabel: 'Copay assistance' },
  { path: '/assistance/:id', element: <AssistanceCasePage /> },
];
