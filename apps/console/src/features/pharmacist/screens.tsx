import type { Screen } from '../../app/screen';

export const pharmacistScreens: Screen[] = [];
