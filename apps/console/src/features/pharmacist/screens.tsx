import { lazyPage } from '../../app/lazy-page';
import type { Screen } from '../../app/screen';

const pages = () => import('./pages');
const DispenseQueuePage = lazyPage(pages, 'DispenseQueuePage');
const DispensePage = lazyPage(pages, 'DispensePage');

export const pharmacistScreens: Screen[] = [
  { path: '/dispenses', element: <DispenseQueuePage />, navLabel: 'Dispense queue' },
  { path: '/dispenses/:id', element: <DispensePage /> },
];
