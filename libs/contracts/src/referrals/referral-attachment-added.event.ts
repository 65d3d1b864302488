import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { actor, instant } from '../payload-primitives';
import { EXAMPLE_IDS, REFERRAL_EVENT, referralEventFields } from './referral-event.common';
import { documentReferenceSchema, labResultSchema } from './referral-snapshot.schema';

/**
 * A document arrived for a referral after it was submitted: services that hold the referral
 * (an authorization under review, say) learn of it. By reference only, never the contents.
 */
export const ReferralDocumentAdded = defineEvent({
  type: 'org.infuse.referral.document-added.v1',
  ...REFERRAL_EVENT,
  summary: 'A document arrived for a referral after it was submitted (by reference).',
  schema: z.object({
    ...referralEventFields,
    document: documentReferenceSchema,
    addedAt: instant(),
    addedBy: actor(),
  }),
  example: {
    referralId: EXAMPLE_IDS.referralId,
    patientId: EXAMPLE_IDS.patientId,
    document: {
      documentId: '9d1e6c44-0f3b-4b8a-8d55-3a7f2e1c9b20',
      type: 'vaccine_response',
      title: 'Pneumococcal titers before and after vaccination',
      contentType: 'application/pdf',
      sizeBytes: 184_220,
    },
    addedAt: '2026-11-22T08:15:40-05:00',
    addedBy: EXAMPLE_IDS.coordinator,
  },
});

/** A lab result arrived for a referral after it was submitted. */
export const ReferralLabAdded = defineEvent({
  type: 'org.infuse.referral.lab-added.v1',
  ...REFERRAL_EVENT,
  summary: 'A lab result arrived for a referral after it was submitted.',
  schema: z.object({
    ...referralEventFields,
    lab: labResultSchema,
    addedAt: instant(),
    addedBy: actor(),
  }),
  example: {
    referralId: EXAMPLE_IDS.referralId,
    patientId: EXAMPLE_IDS.patientId,
    lab: { code: 'IgG', value: 298, unit: 'mg/dL', collectedOn: '2026-11-21' },
    addedAt: '2026-11-22T08:17:02-05:00',
    addedBy: EXAMPLE_IDS.coordinator,
  },
});
