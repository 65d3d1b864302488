import { systemActor } from '@infuse/contracts';

// What the follow-ups do on their own account, in the audit log and the events they publish.
export const followUpActor = systemActor('workers');
