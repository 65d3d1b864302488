import { lazyPage } from '../../app/lazy-page';
import type { Screen } from '../../app/screen';

const pages = () => import('./pages');
const WorkQueuePage = lazyPage(pages, 'WorkQueuePage');
const NewReferralPage = lazyPage(pages, 'NewReferralPage');
const ReferralPage = lazyPage(pages, 'ReferralPage');
const FollowUpsPage = lazyPage(pages, 'FollowUpsPage');
const AssistanceCasesPage = lazyPage(pages, 'AssistanceCasesPage');
const AssistanceCasePage = lazyPage(pages, 'AssistanceCasePage');
const SchedulePage = lazyPage(pages, 'SchedulePage');

export const coordinatorScreens: Screen[] = [
  { path: '/referrals', element: <WorkQueuePage />, navLabel: 'Referrals' },
  { path: '/referrals/new', element: <NewReferralPage />, navLabel: 'New referral' },
  { path: '/referrals/:id', element: <ReferralPage /> },
  { path: '/follow-ups', element: <FollowUpsPage />, navLabel: 'Follow-ups' },
  { path: '/schedule', element: <SchedulePage />, navLabel: 'Visit schedule' },
  { path: '/assistance', element: <AssistanceCasesPage />, navLabel: 'Copay assistance' },
  { path: '/assistance/:id', element: <AssistanceCasePage /> },
];
