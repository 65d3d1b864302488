import { eventSource } from '../topics';
import { uuid } from '../payload-primitives';

/** Every referral event is on this topic, from this source, keyed by its patient. */
export const REFERRAL_EVENT = {
  topic: 'referrals.referral.v1',
  source: eventSource('referrals'),
  keyOf: (data: { patientId: string }) => data.patientId,
} as const;

/** The fields every referral event carries. */
export const referralEventFields = {
  referralId: uuid(),
  patientId: uuid().describe('The patient; the Kafka key'),
};

/** Ids shared by the examples, so the catalogue tells one patient's story. */
export const EXAMPLE_IDS = {
  referralId: '5f0c1e2a-8d4b-4c6e-9a7f-2b3c4d5e6f70',
  patientId: '0b6b8e55-8d0b-4d5e-9f43-5a3c8a0b2f10',
  coordinator: 'ic-17',
} as const;
