import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { actor, instant } from '../payload-primitives';
import { FOLLOW_UP_EVENT, FOLLOW_UP_EXAMPLE, followUpEventFields } from './follow-up-event.common';
import { FOLLOW_UP_PRIORITIES } from './follow-up-kinds';

/** A task was opened from an event, due by `dueBy`. */
export const FollowUpCreated = defineEvent({
  type: 'org.infuse.follow-up.created.v1',
  ...FOLLOW_UP_EVENT,
  summary: 'A follow-up task was opened from an event, with the time it falls due.',
  schema: z.object({
    ...followUpEventFields,
    priority: z.enum(FOLLOW_UP_PRIORITIES),
    dueBy: instant().describe('When the task falls due'),
    createdAt: instant(),
  }),
  example: {
    ...FOLLOW_UP_EXAMPLE,
    kind: 'missing_documents',
    priority: 'normal',
    dueBy: '2026-11-21T09:03:12.418-05:00',
    createdAt: '2026-11-20T09:03:13.002-05:00',
  },
});

/** A task went unanswered through its reminders: it now has high priority. */
export const FollowUpEscalated = defineEvent({
  type: 'org.infuse.follow-up.escalated.v1',
  ...FOLLOW_UP_EVENT,
  summary: 'A follow-up task went unanswered through its reminders and was escalated.',
  schema: z.object({
    ...followUpEventFields,
    reminders: z.number().int().positive().describe('Reminders sent when it was escalated'),
    escalatedAt: instant(),
  }),
  example: {
    ...FOLLOW_UP_EXAMPLE,
    kind: 'missing_documents',
    reminders: 3,
    escalatedAt: '2026-11-23T09:03:12.418-05:00',
  },
});

/**
 * A task is done: a coordinator or pharmacist completed it, or the event it waited for came
 * (`resolvedBy` names that event's type).
 */
export const FollowUpCompleted = defineEvent({
  type: 'org.infuse.follow-up.completed.v1',
  ...FOLLOW_UP_EVENT,
  summary: 'A follow-up task was completed by a person, or resolved by the event it waited for.',
  schema: z.object({
    ...followUpEventFields,
    completedBy: actor(),
    resolvedBy: z
      .string()
      .min(1)
      .optional()
      .describe('The CloudEvents type that resolved it, when no person did'),
    completedAt: instant(),
  }),
  example: {
    ...FOLLOW_UP_EXAMPLE,
    kind: 'missing_documents',
    completedBy: 'system:workers',
    resolvedBy: 'org.infuse.referral.accepted.v1',
    completedAt: '2026-11-22T15:20:41-05:00',
  },
});

/** A task no longer applies: its referral or authorization ended another way. */
export const FollowUpCancelled = defineEvent({
  type: 'org.infuse.follow-up.cancelled.v1',
  ...FOLLOW_UP_EVENT,
  summary: 'A follow-up task no longer applies: the referral or authorization ended otherwise.',
  schema: z.object({
    ...followUpEventFields,
    cancelledBy: actor(),
    cancelledFor: z.string().min(1).describe('The CloudEvents type that made it moot'),
    cancelledAt: instant(),
  }),
  example: {
    ...FOLLOW_UP_EXAMPLE,
    kind: 'missing_documents',
    cancelledBy: 'system:workers',
    cancelledFor: 'org.infuse.referral.cancelled.v1',
    cancelledAt: '2026-11-22T15:20:41-05:00',
  },
});
