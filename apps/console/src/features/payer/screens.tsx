import type { Screen } from '../../app/screen';
import { RequestPage } from './request-page';
import { RequestsInboxPage } from './requests-inbox-page';

export const payerScreens: Screen[] = [
  { path: '/requests', element: <RequestsInboxPage />, navLabel: 'Requests' },
  { path: '/requests/:id', element: <RequestPage /> },
];
