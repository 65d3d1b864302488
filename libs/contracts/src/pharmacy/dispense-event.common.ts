import { z } from 'zod';
import { calendarDate, uuid } from '../payload-primitives';
import { eventSource } from '../topics';

/** Every dispense event is on this topic, from this source, keyed by its patient. */
export const DISPENSE_EVENT = {
  topic: 'pharmacy.dispense.v1',
  source: eventSource('pharmacy'),
  keyOf: (data: { patientId: string }) => data.patientId,
} as const;

/** The fields every dispense event carries: which dose of which referral, for whom. */
export const dispenseEventFields = {
  dispenseId: uuid(),
  referralId: uuid(),
  patientId: uuid().describe('The patient; the Kafka key'),
  cycle: z.number().int().positive().describe('1 for the first dose of the order, then 2, 3, ...'),
};

/** A product of the clinical catalogue, e.g. `privigen`. */
export const productIdSchema = () =>
  z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/)
    .describe('Product id of the clinical catalogue, e.g. privigen');

/** A lot as the pharmacist released it. */
export const releasedLotSchema = z.object({
  productId: productIdSchema(),
  lotNumber: z.string().min(1).max(64),
  expiresOn: calendarDate().describe('Expiry printed on the lot'),
  roomTemperatureSince: calendarDate()
    .optional()
    .describe('The day the lot left refrigeration, when it did'),
  effectiveExpiresOn: calendarDate().describe(
    'The printed expiry, or the room-temperature expiry when that comes first',
  ),
  vialGrams: z.number().positive(),
  vials: z.number().int().positive(),
});

/** Ids shared by the examples: the accepted referral's patient, its first dose. */
export const DISPENSE_EXAMPLE = {
  dispenseId: 'c41d7e2b-5a9f-4c3e-8b16-0f2a9d7e5b38',
  referralId: '5f0c1e2a-8d4b-4c6e-9a7f-2b3c4d5e6f70',
  patientId: '0b6b8e55-8d0b-4d5e-9f43-5a3c8a0b2f10',
  cycle: 1,
} as const;

/** The lots of the example: Privigen 20 g + 10 g + 5 g for a 35 g dose. */
export const EXAMPLE_LOTS = [
  {
    productId: 'privigen',
    lotNumber: 'P100294871',
    expiresOn: '2028-03-31',
    effectiveExpiresOn: '2028-03-31',
    vialGrams: 20,
    vials: 1,
  },
  {
    productId: 'privigen',
    lotNumber: 'P100294872',
    expiresOn: '2028-03-31',
    effectiveExpiresOn: '2028-03-31',
    vialGrams: 10,
    vials: 1,
  },
  {
    productId: 'privigen',
    lotNumber: 'P100288105',
    expiresOn: '2027-11-30',
    effectiveExpiresOn: '2027-11-30',
    vialGrams: 5,
    vials: 1,
  },
];

export type ReleasedLot = z.output<typeof releasedLotSchema>;
