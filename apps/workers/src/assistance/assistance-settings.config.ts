import { defineConfigSection, type SectionValue } from '@infuse/config';
import { isTimeZone } from '@infuse/contracts';
import { z } from 'zod';

const positiveInt = z.coerce.number().int().positive();

/** Copay assistance: its data, the programmes' endpoint, the benefit and re-enrolment rules. */
export const assistanceSettingsConfig = defineConfigSection(
  'assistance',
  z
    .object({
      /** The programmes' terms; apps/workers/config/assistance/programmes.json when unset. */
      ASSISTANCE_PROGRAMMES_FILE: z.string().min(1).optional(),
      /** The HHS poverty guidelines; apps/workers/config/assistance/poverty-guidelines.json when unset. */
      ASSISTANCE_POVERTY_GUIDELINES_FILE: z.string().min(1).optional(),
      /**
       * The programme directory's base URL: each programme's enrolment is
       * `<url>/<programme id>/enrollments`. Locally every programme is the payer sandbox's.
       */
      ASSISTANCE_PROGRAMMES_URL: z.url().default('http://127.0.0.1:3010/programs'),
      /** The development token's subject the programmes see (the sandbox admits role provider). */
      ASSISTANCE_PROGRAMMES_CLIENT: z.string().min(1).default('infuse-workers'),
      // Read here as in the auth section: a deployment that forgets NODE_ENV is production.
      NODE_ENV: z.enum(['development', 'test', 'production']).default('production'),
      /** Production: the programmes' identity provider, for the client-credentials grant. */
      ASSISTANCE_PROGRAMMES_TOKEN_URL: z.url({ protocol: /^https?$/ }).optional(),
      ASSISTANCE_PROGRAMMES_CLIENT_ID: z.string().min(1).optional(),
      ASSISTANCE_PROGRAMMES_CLIENT_SECRET: z.string().min(1).optional(),
      ASSISTANCE_PROGRAMMES_SCOPE: z.string().min(1).optional(),
      /** Enrolment calls to programmes, at most this many per window, across every instance. */
      ASSISTANCE_ENROLMENT_RATE_MAX: positiveInt.max(1_000).default(5),
      ASSISTANCE_ENROLMENT_RATE_WINDOW_MS: positiveInt.default(1_000),
      /** The share of the annual maximum used at which the case warns (the issue: 80 %). */
      ASSISTANCE_BENEFIT_WARNING_PERCENT: z.coerce.number().gt(0).max(100).default(80),
      /**
       * Days before an enrolment ends that re-enrolment is due (the issue: 30). Foundation grants
       * run 12 months and are re-applied for [PAN-F1].
       */
      ASSISTANCE_RE_ENROLMENT_LEAD_DAYS: positiveInt.max(365).default(30),
      /** Where the pharmacy's day turns: it dates re-enrolment. */
      ASSISTANCE_TIME_ZONE: z
        .string()
        .refine(isTimeZone, 'must be an IANA time zone, e.g. America/New_York')
        .default('America/New_York'),
    })
    .superRefine((value, context) => {
      // Development tokens are signed with the shared secret; a real programme wants its own.
      if (value.NODE_ENV !== 'production') return;
      for (const variable of [
        'ASSISTANCE_PROGRAMMES_TOKEN_URL',
        'ASSISTANCE_PROGRAMMES_CLIENT_ID',
        'ASSISTANCE_PROGRAMMES_CLIENT_SECRET',
      ] as const)
        if (!value[variable])
          context.addIssue({
            code: 'custom',
            path: [variable],
            message: 'is required in production',
          });
    }),
  { secrets: ['ASSISTANCE_PROGRAMMES_CLIENT_SECRET'] },
);

export type AssistanceSettings = SectionValue<typeof assistanceSettingsConfig>;
