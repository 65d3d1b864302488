import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { instant, uuid } from '../payload-primitives';
import { eventSource } from '../topics';

/** The kinds of follow-up task the workers keep (one BullMQ job name each). */
export const FOLLOW_UP_KINDS = [
  'missing_documents',
  'authorization_pended',
  'authorization_expiring',
  'next_cycle',
  'trough_igg',
  'hemolysis_labs',
  'adverse_reaction',
  'missed_visit',
] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/**
 * A follow-up task came due. Services that act on a kind consume it: prior-auth inquires at the
 * payer for `authorization_pended` and sends the reauthorization for `authorization_expiring`.
 */
export const FollowUpDue = defineEvent({
  type: 'org.infuse.follow-up.due.v1',
  topic: 'workers.follow-up.v1',
  source: eventSource('workers'),
  keyOf: (data: { patientId: string }) => data.patientId,
  summary: 'A follow-up task came due; the service that owns its subject acts on it.',
  schema: z.object({
    taskId: uuid(),
    kind: z.enum(FOLLOW_UP_KINDS),
    referralId: uuid(),
    patientId: uuid().describe('The patient; the Kafka key'),
    authorizationId: uuid().optional().describe('For the authorization kinds'),
    dueAt: instant(),
  }),
  example: {
    taskId: '2b7c5d1e-9f3a-4e8b-a6c2-1d0e9f8a7b63',
    kind: 'authorization_pended',
    referralId: '5f0c1e2a-8d4b-4c6e-9a7f-2b3c4d5e6f70',
    patientId: '0b6b8e55-8d0b-4d5e-9f43-5a3c8a0b2f10',
    authorizationId: '7e3a9c10-4b2d-4f6e-8a1c-9d0b2e3f4a51',
    dueAt: '2026-11-24T10:41:08-05:00',
  },
});
