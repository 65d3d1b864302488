import { z } from 'zod';
import { type PayerProfile } from '../domain/payer-profile';

function isRegExp(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

const reasonCode = z.object({
  code: z.string().regex(/^[A-Z0-9]{1,3}$/, 'an X12 886 code: 1-3 capital letters or digits'),
  display: z.string().min(1).optional(),
});

const rule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pend-all') }),
  z.object({
    kind: z.literal('primary-immunodeficiency'),
    maxIgGMgPerDl: z.number().positive(),
    renalLabsMaxAgeDays: z.number().int().positive(),
  }),
  z.object({ kind: z.literal('labelled-indication'), offLabelReason: reasonCode }),
]);

const payer = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case'),
    name: z.string().min(1),
    planType: z.enum(['commercial', 'medicare', 'medicaid', 'other']),
    authorizationNumberPrefix: z.string().regex(/^[A-Z0-9-]{1,12}$/),
    authorizationValidityMonths: z.number().int().min(1).max(36),
    memberIds: z.object({
      pattern: z.string().min(1).refine(isRegExp, 'not a regular expression'),
      description: z.string().min(1),
    }),
    reviewTurnaroundHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 90),
    rule,
    /** The domain reference's source keys for the numbers above ([MMO], [PH2]…). */
    sources: z.array(z.string().min(1)).default([]),
  })
  .transform(({ sources: _sources, memberIds, ...profile }): PayerProfile => ({
    ...profile,
    memberIds: { pattern: new RegExp(memberIds.pattern), description: memberIds.description },
  }));

/**
 * The payers file: the payers the sandbox plays, by the payer id the insurer carries, and the
 * payer that answers for every other insurer (the official examples' among them).
 */
export const payersFileSchema = z
  .object({ payers: z.array(payer).min(1), otherPayers: payer })
  .superRefine((file, context) => {
    const ids = [...file.payers, file.otherPayers].map((profile) => profile.id);
    const prefixes = [...file.payers, file.otherPayers].map((p) => p.authorizationNumberPrefix);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index)
        context.addIssue({
          code: 'custom',
          path: ['payers'],
          message: `payer id ${id} is used twice`,
        });
    });
    prefixes.forEach((prefix, index) => {
      if (prefixes.indexOf(prefix) !== index)
        context.addIssue({
          code: 'custom',
          path: ['payers'],
          message: `authorization number prefix ${prefix} is used twice`,
        });
    });
  });

export type PayersFile = z.output<typeof payersFileSchema>;
