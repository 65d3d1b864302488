import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { actor, calendarDate, instant } from '../payload-primitives';
import { VISIT_EVENT, VISIT_EXAMPLE, visitEventFields } from './visit-event.common';

/**
 * A visit was put on the calendar: from a released dose (one per infusion day), or moved to
 * another day by a coordinator or an admin (then with the day it had and why).
 */
export const VisitScheduled = defineEvent({
  type: 'org.infuse.visit.scheduled.v1',
  ...VISIT_EVENT,
  summary:
    'A home visit was scheduled for one infusion day of a released dose, or rescheduled with a reason.',
  schema: z.object({
    ...visitEventFields,
    nurseId: z.string().min(1).optional().describe('The assigned nurse, when one covers the home'),
    rescheduledFrom: calendarDate().optional().describe('The day it had before, when moved'),
    reason: z.string().min(1).max(500).optional().describe('Why it was moved'),
    scheduledBy: actor(),
    scheduledAt: instant(),
  }),
  example: {
    ...VISIT_EXAMPLE,
    nurseId: 'rn-12',
    scheduledBy: 'system:nursing',
    scheduledAt: '2026-12-03T14:05:13-05:00',
  },
});

/** A nurse was given the visit: by territory, or by hand. */
export const VisitAssigned = defineEvent({
  type: 'org.infuse.visit.assigned.v1',
  ...VISIT_EVENT,
  summary: 'A field nurse was assigned the visit, by territory or by a coordinator or admin.',
  schema: z.object({
    ...visitEventFields,
    nurseId: z.string().min(1),
    previousNurseId: z.string().min(1).optional(),
    basis: z.enum(['territory', 'manual']),
    assignedBy: actor(),
    assignedAt: instant(),
  }),
  example: {
    ...VISIT_EXAMPLE,
    nurseId: 'rn-12',
    basis: 'territory',
    assignedBy: 'system:nursing',
    assignedAt: '2026-12-03T14:05:13-05:00',
  },
});

/** The visit will not take place: its dose was cancelled, or it was called off. */
export const VisitCancelled = defineEvent({
  type: 'org.infuse.visit.cancelled.v1',
  ...VISIT_EVENT,
  summary: 'The visit will not take place: its dose was cancelled before it.',
  schema: z.object({
    ...visitEventFields,
    reason: z.string().min(1).max(500),
    cancelledBy: actor(),
    cancelledAt: instant(),
  }),
  example: {
    ...VISIT_EXAMPLE,
    reason: 'Dispense cancelled: referral withdrawn.',
    cancelledBy: 'system:nursing',
    cancelledAt: '2026-12-04T09:12:40-05:00',
  },
});
