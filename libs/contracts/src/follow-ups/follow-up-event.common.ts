import { z } from 'zod';
import { uuid } from '../payload-primitives';
import { eventSource } from '../topics';
import { FOLLOW_UP_KINDS } from './follow-up-kinds';

/** Every follow-up event is on this topic, from this source, keyed by its patient. */
export const FOLLOW_UP_EVENT = {
  topic: 'workers.follow-up.v1',
  source: eventSource('workers'),
  keyOf: (data: { patientId: string }) => data.patientId,
} as const;

/** The fields every follow-up event carries: which task, of which kind, about what. */
export const followUpEventFields = {
  taskId: uuid(),
  kind: z.enum(FOLLOW_UP_KINDS),
  referralId: uuid(),
  patientId: uuid().describe('The patient; the Kafka key'),
  authorizationId: uuid().optional().describe('For the authorization kinds'),
  dispenseId: uuid().optional().describe('For the kinds of a dose: next cycle, labs'),
  visitId: uuid().optional().describe('For the kinds of a visit: reaction, missed visit, labs'),
};

/** Ids shared by the examples: the accepted referral's patient. */
export const FOLLOW_UP_EXAMPLE = {
  taskId: '2b7c5d1e-9f3a-4e8b-a6c2-1d0e9f8a7b63',
  referralId: '5f0c1e2a-8d4b-4c6e-9a7f-2b3c4d5e6f70',
  patientId: '0b6b8e55-8d0b-4d5e-9f43-5a3c8a0b2f10',
} as const;
