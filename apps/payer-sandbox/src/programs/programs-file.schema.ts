import { PLAN_TYPES } from '@infuse/contracts';
import { z } from 'zod';

const programme = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case'),
  name: z.string().min(1),
  /** The programme's own eligibility check: the plan types it enrols. */
  acceptsPlanTypes: z.array(z.enum(PLAN_TYPES)).min(1),
  memberIdPrefix: z.string().regex(/^[A-Z0-9-]{1,12}$/),
  annualMaximum: z.number().int().positive(),
  enrollmentMonths: z.number().int().min(1).max(36),
});

/**
 * A patient (by last name) whose requests behave on purpose: answered late, failed the first
 * `failFirst` tries of each Idempotency-Key with `failStatus` (before processing, or after the
 * answer is stored, so the retry must find it), or refused.
 */
const scenario = z
  .object({
    lastName: z.string().min(1),
    delayMs: z.number().int().min(0).max(60_000).optional(),
    failFirst: z.number().int().min(1).max(20).optional(),
    failStatus: z.union([z.literal(429), z.number().int().min(500).max(599)]).default(503),
    /** Fail before the request is processed (down), or after its answer is stored (answer lost). */
    failWhen: z.enum(['before', 'after']).default('before'),
    deny: z.string().min(1).max(1000).optional(),
  })
  .refine(
    (value) => value.delayMs !== undefined || value.failFirst !== undefined || value.deny,
    'a scenario is slow (delayMs), failing (failFirst) or refused (deny)',
  );

export const programsFileSchema = z
  .object({ programs: z.array(programme).min(1), scenarios: z.array(scenario).default([]) })
  .superRefine((file, context) => {
    const ids = file.programs.map((entry) => entry.id);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index)
        context.addIssue({
          code: 'custom',
          path: ['programs', index, 'id'],
          message: `${id} twice`,
        });
    });
  });

export type ProgramsFile = z.output<typeof programsFileSchema>;
export type SandboxProgramme = ProgramsFile['programs'][number];
export type ProgrammeScenario = ProgramsFile['scenarios'][number];
