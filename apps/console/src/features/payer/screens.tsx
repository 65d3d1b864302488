import type { Screen } from '../../app/screen';
import { RequestsInboxPage } from './requests-inbox-page';

export const payerScreens: Screen[] = [
  { path: '/requests', element: <RequestsInboxPage />, navLabel: 'Requests' },
];
