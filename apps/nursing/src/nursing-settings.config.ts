import { defineConfigSection, type SectionValue } from '@infuse/config';
import { isTimeZone } from '@infuse/contracts';
import { z } from 'zod';

/** The settings of nursing, validated at boot with every other section. */
export const nursingSettingsConfig = defineConfigSection(
  'nursing',
  z
    .object({
      // Read here as in the auth section: a deployment that forgets NODE_ENV is production.
      NODE_ENV: z.enum(['development', 'test', 'production']).default('production'),
      /** Calendar days (the EVV date, the earliest day to reschedule to) in this time zone. */
      NURSING_TIME_ZONE: z
        .string()
        .refine(isTimeZone, 'expected an IANA time zone')
        .default('America/New_York'),
      /**
       * A device clock may run ahead of the server's by this much; an update dated later is
       * refused (the 5 minutes).
       */
      NURSING_DEVICE_CLOCK_AHEAD_SECONDS: z.coerce.number().int().min(0).max(3600).default(300),
      /**
       * A weight taken at the visit further than this from the dosing weight, %, is flagged for
       * the pharmacist: a practice threshold of the issue (10 %), not a label value.
       */
      NURSING_WEIGHT_FLAG_PERCENT: z.coerce.number().positive().max(50).default(10),
      /**
       * Seed the development nurses and territories (config/development-nurses.json) at boot.
       * Unset: on in development only, so no example nurse reaches a production database.
       */
      NURSING_SEED_DEVELOPMENT_NURSES: z.enum(['true', 'false']).optional(),
    })
    .transform(({ NURSING_SEED_DEVELOPMENT_NURSES: seed, NODE_ENV, ...settings }) => ({
      ...settings,
      NURSING_SEED_DEVELOPMENT_NURSES:
        seed === undefined ? NODE_ENV === 'development' : seed === 'true',
    })),
);

export type NursingSettings = SectionValue<typeof nursingSettingsConfig>;
