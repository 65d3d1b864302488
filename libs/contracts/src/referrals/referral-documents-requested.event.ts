import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { instant } from '../payload-primitives';
import { EXAMPLE_IDS, REFERRAL_EVENT, referralEventFields } from './referral-event.common';

/** Intake found the referral incomplete and asked the prescriber's office for what is missing. */
export const ReferralDocumentsRequested = defineEvent({
  type: 'org.infuse.referral.documents-requested.v1',
  ...REFERRAL_EVENT,
  summary: 'Intake found the referral incomplete and asked for the missing documents and labs.',
  schema: z.object({
    ...referralEventFields,
    missing: z
      .array(z.string().regex(/^[a-z]+(:[A-Za-z0-9_]+)+$/))
      .min(1)
      .describe('Stable codes: document:prescription, lab:IgG, lab:BUN:stale (too old), ...'),
    requestedAt: instant(),
  }),
  example: {
    referralId: EXAMPLE_IDS.referralId,
    patientId: EXAMPLE_IDS.patientId,
    missing: ['document:prescription', 'lab:BUN:stale'],
    requestedAt: '2026-11-20T09:03:12.418-05:00',
  },
});
