import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { actor, instant } from '../payload-primitives';
import { EXAMPLE_IDS, REFERRAL_EVENT, referralEventFields } from './referral-event.common';
import { diagnosisCodeSchema, therapySchema } from './referral-snapshot.schema';

/** A prescriber's referral arrived and was stored; intake has not judged it complete yet. */
export const ReferralReceived = defineEvent({
  type: 'org.infuse.referral.received.v1',
  ...REFERRAL_EVENT,
  summary: "A prescriber's referral arrived and was stored; intake checks it next.",
  schema: z.object({
    ...referralEventFields,
    therapy: therapySchema,
    diagnosisCode: diagnosisCodeSchema,
    offLabel: z.boolean().describe('The diagnosis is not a labelled indication for the therapy'),
    receivedAt: instant(),
    submittedBy: actor(),
  }),
  example: {
    referralId: EXAMPLE_IDS.referralId,
    patientId: EXAMPLE_IDS.patientId,
    therapy: 'IVIG',
    diagnosisCode: 'D83.9',
    offLabel: false,
    receivedAt: '2026-11-20T09:03:12-05:00',
    submittedBy: EXAMPLE_IDS.coordinator,
  },
});
