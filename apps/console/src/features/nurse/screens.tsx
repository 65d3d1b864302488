import type { Screen } from '../../app/screen';
import { TodayVisitsPage } from './today-visits-page';
import { VisitRunnerPage } from './visit-runner-page';

export const nurseScreens: Screen[] = [
  { path: '/visits', element: <TodayVisitsPage />, navLabel: "Today's visits" },
  { path: '/visits/:id', element: <VisitRunnerPage /> },
];
