import { lazyPage } from '../../app/lazy-page';
import type { Screen } from '../../app/screen';

const pages = () => import('./pages');
const RequestsInboxPage = lazyPage(pages, 'RequestsInboxPage');
const RequestPage = lazyPage(pages, 'RequestPage');

export const payerScreens: Screen[] = [
  { path: '/requests', element: <RequestsInboxPage />, navLabel: 'Requests' },
  { path: '/requests/:id', element: <RequestPage /> },
];
