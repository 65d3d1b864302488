import { ZodValidationPipe } from '@infuse/http';
import { z } from 'zod';

// PostgreSQL's date starts at year 1; the ISO form alone would let year 0 through.
const calendarDate = () =>
  z.iso.date().refine((value) => value >= '0001-01-01', 'must be in year 1 or later');

const lot = z.strictObject({
  productId: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,40}$/, 'a product id of the catalogue'),
  lotNumber: z.string().trim().min(1).max(64),
  expiresOn: calendarDate(),
  vialGrams: z.number().positive().max(100),
  vials: z.number().int().positive().max(1000),
  roomTemperatureSince: calendarDate().optional(),
});

/** The body of `POST /v1/dispenses/:id/release`: the lots dispensed. */
export const releaseBody = z.strictObject({ lots: z.array(lot).min(1).max(50) });

export const ReleaseBodyPipe = new ZodValidationPipe(releaseBody);
