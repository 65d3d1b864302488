import type { Screen } from '../../app/screen';

export const payerScreens: Screen[] = [];
