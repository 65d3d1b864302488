import { z } from 'zod';
import { calendarDate, uuid } from '../payload-primitives';
import { eventSource } from '../topics';

/** Every visit event is on this topic, from this source, keyed by its patient. */
export const VISIT_EVENT = {
  topic: 'nursing.visit.v1',
  source: eventSource('nursing'),
  keyOf: (data: { patientId: string }) => data.patientId,
} as const;

/**
 * The fields every visit event carries: which infusion day of which dose, for whom. One visit is
 * one infusion day of a released dispense; a dose spread over several days has several visits.
 */
export const visitEventFields = {
  visitId: uuid(),
  dispenseId: uuid(),
  referralId: uuid(),
  patientId: uuid().describe('The patient; the Kafka key'),
  cycle: z.number().int().positive().describe("The dispense's cycle: 1 for the first dose"),
  infusionDay: z.number().int().positive().describe('1 for the first day of the dose'),
  infusionDays: z.number().int().positive().describe('Days the dose is spread over'),
  visitDate: calendarDate().describe('The day the visit is scheduled for'),
};

/** The nurse's reaction actions: what she did about a reaction. */
export const REACTION_ACTIONS = ['slowed', 'paused', 'stopped', 'resumed'] as const;
export type ReactionAction = (typeof REACTION_ACTIONS)[number];

/** A reaction as the nurse recorded it (grade by CTCAE: 1 mild to 4 life-threatening). */
export const reactionSchema = z.object({
  grade: z.number().int().min(1).max(4),
  symptoms: z.array(z.string().min(1).max(200)).min(1),
  action: z.enum(REACTION_ACTIONS),
  at: z.iso.datetime({ offset: true }).describe("The nurse's device time"),
});

/** Ids shared by the examples: the first dose of the accepted referral's patient. */
export const VISIT_EXAMPLE = {
  visitId: '9d2e4f61-3b7a-4c58-8e0d-6a1f2b3c4d59',
  dispenseId: 'c41d7e2b-5a9f-4c3e-8b16-0f2a9d7e5b38',
  referralId: '5f0c1e2a-8d4b-4c6e-9a7f-2b3c4d5e6f70',
  patientId: '0b6b8e55-8d0b-4d5e-9f43-5a3c8a0b2f10',
  cycle: 1,
  infusionDay: 1,
  infusionDays: 1,
  visitDate: '2026-12-07',
} as const;
