import type { Screen } from '../../app/screen';
import { WorkQueuePage } from './referrals/work-queue-page';

export const coordinatorScreens: Screen[] = [
  { path: '/referrals', element: <WorkQueuePage />, navLabel: 'Referrals' },
];
