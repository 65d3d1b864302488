import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { instant } from '../payload-primitives';
import { FOLLOW_UP_EVENT, FOLLOW_UP_EXAMPLE, followUpEventFields } from './follow-up-event.common';
import { FOLLOW_UP_PRIORITIES } from './follow-up-kinds';

export { FOLLOW_UP_KINDS, type FollowUpKind } from './follow-up-kinds';

/**
 * A follow-up task came due. Services that act on a kind consume it: prior-auth inquires at the
 * payer for `authorization_pended` and sends the reauthorization for `authorization_expiring`.
 * A task that reminds (missing documents) comes due again at each reminder.
 */
export const FollowUpDue = defineEvent({
  type: 'org.infuse.follow-up.due.v1',
  ...FOLLOW_UP_EVENT,
  summary: 'A follow-up task came due; the service that owns its subject acts on it.',
  schema: z.object({
    ...followUpEventFields,
    dueAt: instant(),
    reminder: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('For a task that reminds: 1 for the first reminder'),
    priority: z.enum(FOLLOW_UP_PRIORITIES).optional(),
  }),
  example: {
    ...FOLLOW_UP_EXAMPLE,
    kind: 'authorization_pended',
    authorizationId: '7e3a9c10-4b2d-4f6e-8a1c-9d0b2e3f4a51',
    dueAt: '2026-11-24T10:41:08-05:00',
    priority: 'normal',
  },
});
