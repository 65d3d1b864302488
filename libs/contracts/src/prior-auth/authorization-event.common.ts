import { z } from 'zod';
import { uuid } from '../payload-primitives';
import { eventSource } from '../topics';

/** Every authorization event is on this topic, from this source, keyed by its patient. */
export const AUTHORIZATION_EVENT = {
  topic: 'prior-auth.authorization.v1',
  source: eventSource('prior-auth'),
  keyOf: (data: { patientId: string }) => data.patientId,
} as const;

/** Why a request was sent: the first for a referral, a renewal, or a changed product or dose. */
export const AUTHORIZATION_KINDS = ['initial', 'reauthorization', 'update'] as const;
export type AuthorizationKind = (typeof AUTHORIZATION_KINDS)[number];

/** The fields every authorization event carries; every event names the payer. */
export const authorizationEventFields = {
  authorizationId: uuid(),
  referralId: uuid(),
  patientId: uuid().describe('The patient; the Kafka key'),
  payerId: z.string().min(1).max(64).describe('The payer the request is addressed to'),
  kind: z.enum(AUTHORIZATION_KINDS),
};

/** HCPCS Level II code of the product, e.g. J1459 (Privigen). */
export const hcpcsCode = () =>
  z
    .string()
    .regex(/^[A-Z][0-9]{4}$/)
    .describe('HCPCS Level II code of the product');

/** Ids shared by the examples, so the catalogue tells one patient's story. */
export const AUTHORIZATION_EXAMPLE = {
  authorizationId: '7e3a9c10-4b2d-4f6e-8a1c-9d0b2e3f4a51',
  referralId: '5f0c1e2a-8d4b-4c6e-9a7f-2b3c4d5e6f70',
  patientId: '0b6b8e55-8d0b-4d5e-9f43-5a3c8a0b2f10',
  payerId: 'acme-health',
  kind: 'initial',
} as const;
