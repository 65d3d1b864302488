import type { ReactNode } from 'react';

/**
 * One screen of a role: its route and, when it belongs in the navigation, its label. A role's
 * routes are the only ones mounted for it, so a screen of another role is simply not there.
 */
export interface Screen {
  path: string;
  element: ReactNode;
  /** The navigation's label; detail screens (e.g. /referrals/:id) have none. */
  navLabel?: string;
}
