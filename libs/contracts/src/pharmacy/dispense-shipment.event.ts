import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { actor, instant } from '../payload-primitives';
import { DISPENSE_EVENT, DISPENSE_EXAMPLE, dispenseEventFields } from './dispense-event.common';

/** The cold-chain pack-out the dose travels in. */
const packOutSchema = z.object({
  type: z.string().min(1).max(100).describe('The validated pack-out, e.g. a 2–8 °C shipper'),
  validatedHours: z.number().positive().describe('Hours the pack-out holds its range'),
  packedAt: instant(),
});

/** The released dose left the pharmacy cold, with a carrier and a tracking number. */
export const DispenseShipped = defineEvent({
  type: 'org.infuse.dispense.shipped.v1',
  ...DISPENSE_EVENT,
  summary: 'The released dose left the pharmacy in a validated cold-chain pack-out.',
  schema: z.object({
    ...dispenseEventFields,
    carrier: z.string().min(1).max(100),
    trackingNumber: z.string().min(1).max(100),
    packOut: packOutSchema,
    shippedBy: actor(),
    shippedAt: instant(),
  }),
  example: {
    ...DISPENSE_EXAMPLE,
    carrier: 'UPS',
    trackingNumber: '1Z999AA10123456784',
    packOut: {
      type: 'Insulated shipper, 2–8 °C, summer profile',
      validatedHours: 48,
      packedAt: '2026-12-04T15:30:00-05:00',
    },
    shippedBy: 'rph-9',
    shippedAt: '2026-12-04T16:02:41-05:00',
  },
});

/** The dose reached the patient's home in its temperature range: it may be given. */
export const DispenseDelivered = defineEvent({
  type: 'org.infuse.dispense.delivered.v1',
  ...DISPENSE_EVENT,
  summary: "The dose reached the patient's home in its temperature range and may be given.",
  schema: z.object({
    ...dispenseEventFields,
    receivedBy: z.string().min(1).max(200),
    recordedBy: actor(),
    deliveredAt: instant(),
  }),
  example: {
    ...DISPENSE_EXAMPLE,
    receivedBy: 'Maren Okafor',
    recordedBy: 'rph-9',
    deliveredAt: '2026-12-05T11:20:15-05:00',
  },
});
