import { lazyPage } from '../../app/lazy-page';
import type { Screen } from '../../app/screen';

const pages = () => import('./pages');
const TodayVisitsPage = lazyPage(pages, 'TodayVisitsPage');
const VisitRunnerPage = lazyPage(pages, 'VisitRunnerPage');

export const nurseScreens: Screen[] = [
  { path: '/visits', element: <TodayVisitsPage />, navLabel: "Today's visits" },
  { path: '/visits/:id', element: <VisitRunnerPage /> },
];
