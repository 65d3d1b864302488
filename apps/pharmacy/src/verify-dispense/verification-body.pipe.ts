import { ZodValidationPipe } from '@infuse/http';
import { z } from 'zod';

const acknowledgement = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9_]{2,64}$/, 'a finding code, e.g. HIGH_REACTION_RISK'),
  reason: z.string().trim().min(1, 'give the reason').max(1000),
});

/** The body of `POST /v1/dispenses/:id/verify`. */
export const verificationBody = z.strictObject({
  productId: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,40}$/, 'a product id of the catalogue, e.g. privigen')
    .optional(),
  acknowledgements: z
    .array(acknowledgement)
    .max(50)
    .superRefine((acknowledgements, context) => {
      const seen = new Set<string>();
      acknowledgements.forEach((acknowledgement, index) => {
        if (seen.has(acknowledgement.code))
          context.addIssue({
            code: 'custom',
            path: [index, 'code'],
            message: 'acknowledged twice',
          });
        seen.add(acknowledgement.code);
      });
    }),
});

export const VerificationBodyPipe = new ZodValidationPipe(verificationBody);
