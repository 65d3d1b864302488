import { z } from 'zod';

/** A payer id as referrals carry it (`insurance.payerId`) and payer tokens name it (`payer_id`). */
export const payerIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected a kebab-case payer id');

const months = z.number().int().min(1).max(24);
const hours = z
  .number()
  .int()
  .min(1)
  .max(24 * 60);

/** Development and test: a provider token signed with the development secret, as the sandbox expects. */
const developmentCredentials = z.object({
  kind: z.literal('development-token'),
  subject: z.string().min(1).max(100),
  role: z.literal('provider'),
});

/** Production: the payer's OAuth 2.0 client-credentials grant; the secret stays in the environment. */
const productionCredentials = z.object({
  kind: z.literal('client-credentials'),
  tokenUrl: z.url({ protocol: /^https?$/ }),
  clientId: z.string().min(1).max(200),
  clientSecretVariable: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*$/, 'expected the NAME of the environment variable holding the secret'),
  scope: z.string().min(1).max(500).optional(),
});

export const payerEntrySchema = z.object({
  name: z.string().min(1).max(200),
  pas: z.object({
    baseUrl: z.url({ protocol: /^https?$/ }),
    /** The PAS IG version the payer's endpoint speaks, e.g. 2.2.1. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a version such as 2.2.1'),
  }),
  credentials: z.object({ development: developmentCredentials, production: productionCredentials }),
  /** Length of the period requested when the payer's policy gives none (rule 23 ⚙ [PH1][PH2]). */
  defaultValidityMonths: z.object({ initial: months, reauthorization: months }),
  /** The payer's own answer times (rule 21 ⚙): a pended request should be decided by then. */
  turnaroundHours: z
    .object({ standard: hours, expedited: hours })
    .refine((value) => value.expedited <= value.standard, {
      message: 'expedited must not exceed standard',
      path: ['expedited'],
    }),
});

export const payerDirectorySchema = z.object({
  $comment: z.string().optional(),
  payers: z.record(z.string(), payerEntrySchema).superRefine((payers, context) => {
    if (Object.keys(payers).length === 0)
      context.addIssue({ code: 'custom', message: 'must name at least one payer' });
    for (const id of Object.keys(payers))
      if (!payerIdSchema.safeParse(id).success)
        context.addIssue({ code: 'custom', path: [id], message: 'expected a kebab-case payer id' });
  }),
});

export type PayerDirectoryFile = z.output<typeof payerDirectorySchema>;
export type PayerEntryFile = z.output<typeof payerEntrySchema>;
