import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { actor, instant } from '../payload-primitives';
import { reactionSchema, VISIT_EVENT, VISIT_EXAMPLE, visitEventFields } from './visit-event.common';

/** The nurse started the infusion with a released lot. Times are the nurse's device times. */
export const VisitStarted = defineEvent({
  type: 'org.infuse.visit.started.v1',
  ...VISIT_EVENT,
  summary: "The nurse started the infusion in the patient's home with a released lot.",
  schema: z.object({
    ...visitEventFields,
    nurseId: actor(),
    lotNumber: z.string().min(1).max(64),
    timeIn: instant().optional().describe('EVV time in: the arrival, when recorded'),
    startedAt: instant().describe("Infusion start, the nurse's device time"),
  }),
  example: {
    ...VISIT_EXAMPLE,
    nurseId: 'rn-12',
    lotNumber: 'P100294871',
    timeIn: '2026-12-07T09:02:11-05:00',
    startedAt: '2026-12-07T09:41:30-05:00',
  },
});

/**
 * The nurse reported a serious reaction (grade 3 or more) or stopped the infusion: the pharmacist
 * must look at it now. Raised as the update arrives, not when the visit ends.
 */
export const VisitAdverseReactionReported = defineEvent({
  type: 'org.infuse.visit.adverse-reaction-reported.v1',
  ...VISIT_EVENT,
  summary:
    'A grade 3-4 reaction, or an infusion stopped for a reaction; a task for the pharmacist.',
  schema: z.object({
    ...visitEventFields,
    nurseId: actor(),
    productId: z.string().min(1),
    lotNumber: z.string().min(1).max(64).optional().describe('The lot running, once started'),
    reaction: reactionSchema,
    mlPerHour: z.number().nonnegative().optional().describe('The rate running when it began'),
    reportedAt: instant(),
  }),
  example: {
    ...VISIT_EXAMPLE,
    nurseId: 'rn-12',
    productId: 'privigen',
    lotNumber: 'P100294871',
    reaction: {
      grade: 3,
      symptoms: ['wheezing', 'chest tightness'],
      action: 'stopped',
      at: '2026-12-07T11:14:02-05:00',
    },
    mlPerHour: 170.9,
    reportedAt: '2026-12-07T11:14:09-05:00',
  },
});

/** The visit did not take place: the nurse, a coordinator or an admin recorded why. */
export const VisitMissed = defineEvent({
  type: 'org.infuse.visit.missed.v1',
  ...VISIT_EVENT,
  summary: 'The visit did not take place; it must be rescheduled.',
  schema: z.object({
    ...visitEventFields,
    nurseId: z.string().min(1).optional(),
    reason: z.string().min(1).max(500),
    recordedBy: actor(),
    missedAt: instant(),
  }),
  example: {
    ...VISIT_EXAMPLE,
    nurseId: 'rn-12',
    reason: 'Patient admitted to hospital the night before.',
    recordedBy: 'rn-12',
    missedAt: '2026-12-07T08:40:00-05:00',
  },
});
