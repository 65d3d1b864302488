import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { calendarDate, instant, uuid } from '../payload-primitives';
import { THERAPIES } from '../referrals/referral-vocabulary';
import {
  DISPENSE_EVENT,
  DISPENSE_EXAMPLE,
  dispenseEventFields,
  productIdSchema,
} from './dispense-event.common';

/**
 * A dose is waiting for a pharmacist: the referral was accepted and an authorization covers the
 * cycle's first administration date.
 */
export const DispenseCreated = defineEvent({
  type: 'org.infuse.dispense.created.v1',
  ...DISPENSE_EVENT,
  summary:
    "A dose of an authorized referral is waiting for a pharmacist's verification, with its administration dates.",
  schema: z.object({
    ...dispenseEventFields,
    therapy: z.enum(THERAPIES),
    productId: productIdSchema().describe(
      'The product proposed: the prescribed brand, or the clinical ranking',
    ),
    authorizationId: uuid().describe('The authorization the dose is dispensed against'),
    administrationDates: z
      .array(calendarDate())
      .min(1)
      .describe('One date per infusion day of the cycle'),
    createdAt: instant(),
  }),
  example: {
    ...DISPENSE_EXAMPLE,
    therapy: 'IVIG',
    productId: 'privigen',
    authorizationId: '7e3a9c10-4b2d-4f6e-8a1c-9d0b2e3f4a51',
    administrationDates: ['2026-12-07'],
    createdAt: '2026-11-21T10:41:09-05:00',
  },
});
