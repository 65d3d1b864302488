import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { actor, instant } from '../payload-primitives';
import {
  DISPENSE_EVENT,
  DISPENSE_EXAMPLE,
  dispenseEventFields,
  EXAMPLE_LOTS,
  releasedLotSchema,
} from './dispense-event.common';

/**
 * The delivered dose arrived out of its temperature range and may not be used: the order is
 * open again for a replacement, released with new lots.
 */
export const DispenseReopened = defineEvent({
  type: 'org.infuse.dispense.reopened.v1',
  ...DISPENSE_EVENT,
  summary:
    'The dose arrived out of its temperature range and may not be used; the order awaits a replacement.',
  schema: z.object({
    ...dispenseEventFields,
    reason: z.enum(['temperature-excursion']),
    receivedBy: z.string().min(1).max(200),
    unusableLots: z.array(releasedLotSchema).min(1).describe('The lots that may not be given'),
    reopenedBy: actor(),
    reopenedAt: instant(),
  }),
  example: {
    ...DISPENSE_EXAMPLE,
    reason: 'temperature-excursion',
    receivedBy: 'Maren Okafor',
    unusableLots: EXAMPLE_LOTS,
    reopenedBy: 'rph-9',
    reopenedAt: '2026-12-05T11:24:02-05:00',
  },
});

/** The dose will not be dispensed: a pharmacist cancelled it, or its referral was withdrawn. */
export const DispenseCancelled = defineEvent({
  type: 'org.infuse.dispense.cancelled.v1',
  ...DISPENSE_EVENT,
  summary: 'The dose will not be dispensed: cancelled by a pharmacist or with its referral.',
  schema: z.object({
    ...dispenseEventFields,
    reason: z.string().min(1).max(500),
    cancelledBy: actor(),
    cancelledAt: instant(),
  }),
  example: {
    ...DISPENSE_EXAMPLE,
    reason: 'Referral cancelled: the patient moved to another infusion provider.',
    cancelledBy: 'system:pharmacy',
    cancelledAt: '2026-11-24T16:12:10-05:00',
  },
});
