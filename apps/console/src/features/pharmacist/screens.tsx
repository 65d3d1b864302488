import type { Screen } from '../../app/screen';
import { DispensePage } from './dispense-page';
import { DispenseQueuePage } from './dispense-queue-page';

export const pharmacistScreens: Screen[] = [
  { path: '/dispenses', element: <DispenseQueuePage />, navLabel: 'Dispense queue' },
  { path: '/dispenses/:id', element: <DispensePage /> },
];
