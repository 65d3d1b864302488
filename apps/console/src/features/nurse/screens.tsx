import type { Screen } from '../../app/screen';

export const nurseScreens: Screen[] = [];
