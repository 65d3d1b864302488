import type { ConsoleRole } from '../session/session';
import { coordinatorScreens } from '../features/coordinator/screens';
import { nurseScreens } from '../features/nurse/screens';
import { payerScreens } from '../features/payer/screens';
import { pharmacistScreens } from '../features/pharmacist/screens';
import type { Screen } from './screen';

/** What each role may open; its first navigable screen is its home. */
export const SCREENS_BY_ROLE: Record<ConsoleRole, Screen[]> = {
  intake_coordinator: coordinatorScreens,
  payer: payerScreens,
  pharmacist: pharmacistScreens,
  nurse: nurseScreens,
  // The administrator may do what coordinators and pharmacists do (the services admit the role
  // on their routes): cover for them, and give visits to nurses on the visit schedule.
  admin: [...coordinatorScreens, ...pharmacistScreens],
};

export function homeOf(role: ConsoleRole): string | undefined {
  return SCREENS_BY_ROLE[role].find((screen) => screen.navLabel)?.path;
}
