import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { actor, instant } from '../payload-primitives';
import { EXAMPLE_IDS, REFERRAL_EVENT, referralEventFields } from './referral-event.common';

/** The referral was withdrawn; work under way for it (authorization, dispensing) should stop. */
export const ReferralCancelled = defineEvent({
  type: 'org.infuse.referral.cancelled.v1',
  ...REFERRAL_EVENT,
  summary: 'The referral was withdrawn; work under way for it should stop.',
  schema: z.object({
    ...referralEventFields,
    reason: z.string().min(1).max(500).optional(),
    cancelledAt: instant(),
    cancelledBy: actor(),
  }),
  example: {
    referralId: EXAMPLE_IDS.referralId,
    patientId: EXAMPLE_IDS.patientId,
    reason: 'Prescriber withdrew the order: the patient moved to another infusion provider.',
    cancelledAt: '2026-11-24T16:12:09-05:00',
    cancelledBy: EXAMPLE_IDS.coordinator,
  },
});
