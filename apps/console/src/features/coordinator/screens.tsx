import type { Screen } from '../../app/screen';

export const coordinatorScreens: Screen[] = [];
