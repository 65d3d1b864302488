import type { Screen } from '../../app/screen';
import { DispenseQueuePage } from './dispense-queue-page';

export const pharmacistScreens: Screen[] = [
  { path: '/dispenses', element: <DispenseQueuePage />, navLabel: 'Dispense queue' },
];
