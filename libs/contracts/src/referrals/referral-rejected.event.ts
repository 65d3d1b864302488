import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { actor, instant } from '../payload-primitives';
import { EXAMPLE_IDS, REFERRAL_EVENT, referralEventFields } from './referral-event.common';

/** An intake coordinator turned the referral down; nothing further happens for it. */
export const ReferralRejected = defineEvent({
  type: 'org.infuse.referral.rejected.v1',
  ...REFERRAL_EVENT,
  summary: 'An intake coordinator turned the referral down, with the reason.',
  schema: z.object({
    ...referralEventFields,
    reason: z.string().min(1).max(500),
    rejectedAt: instant(),
    rejectedBy: actor(),
  }),
  example: {
    referralId: EXAMPLE_IDS.referralId,
    patientId: EXAMPLE_IDS.patientId,
    reason: 'Patient lives outside our nursing service area; referral returned to the prescriber.',
    rejectedAt: '2026-11-20T11:26:40-05:00',
    rejectedBy: EXAMPLE_IDS.coordinator,
  },
});
