import { PROGRAMME_KINDS } from '@infuse/contracts';
import { z } from 'zod';

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id');
const sourceKeys = z.array(z.string().min(1)).min(1, 'cite the domain reference');
const amount = z.number().int().positive();

const programme = z
  .object({
    id: kebabId,
    name: z.string().min(1),
    kind: z.enum(PROGRAMME_KINDS),
    manufacturer: z.string().min(1).optional(),
    open: z.boolean().optional(),
    incomeLimitPercentOfPovertyLevel: z.number().positive().max(1000).optional(),
    diagnosisCodePrefixes: z
      .array(z.string().regex(/^[A-Z][0-9][0-9A-Z.]*$/))
      .min(1)
      .optional(),
    sources: sourceKeys,
    /** Terms the domain reference marks unconfirmed: settings to check, not facts. */
    unconfirmed: z.array(z.string().min(1)),
  })
  .superRefine((terms, context) => {
    const need = (field: keyof typeof terms, why: string) => {
      if (terms[field] === undefined)
        context.addIssue({ code: 'custom', path: [field], message: why });
    };
    if (terms.kind !== 'foundation')
      need('manufacturer', 'a manufacturer programme names its maker');
    if (terms.kind === 'foundation') need('open', 'a fund is open or closed');
    if (terms.kind !== 'manufacturer_copay')
      need('incomeLimitPercentOfPovertyLevel', `a ${terms.kind} programme is income-tested`);
  });

export const programmesFileSchema = z
  .object({ year: z.number().int(), programmes: z.array(programme).min(1) })
  .superRefine((file, context) => {
    const ids = file.programmes.map((terms) => terms.id);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index)
        context.addIssue({
          code: 'custom',
          path: ['programmes', index, 'id'],
          message: `${id} twice`,
        });
    });
  });

const povertyLine = z.object({ firstPerson: amount, eachAdditionalPerson: amount });

export const povertyGuidelinesFileSchema = z.object({
  year: z.number().int().min(2000),
  source: z.string().min(1),
  unconfirmed: z.boolean(),
  regions: z.object({ contiguous: povertyLine, alaska: povertyLine, hawaii: povertyLine }),
});
