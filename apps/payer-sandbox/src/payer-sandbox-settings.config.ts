import { defineConfigSection, type SectionValue } from '@infuse/config';
import { isTimeZone } from '@infuse/contracts';
import { z } from 'zod';

/** The settings of the payer sandbox, validated at boot with every other section. */
export const payerSandboxSettingsConfig = defineConfigSection(
  'payer-sandbox',
  z.object({
    /**
     * The payers the sandbox plays, as a JSON file; apps/payer-sandbox/config/payers.json when
     * unset.
     */
    PAYER_SANDBOX_PAYERS_FILE: z.string().min(1).optional(),
    /** Where the payers' day turns: it dates authorizations and ages labs. */
    PAYER_SANDBOX_TIME_ZONE: z
      .string()
      .refine(isTimeZone, 'must be an IANA time zone, e.g. America/New_York')
      .default('America/New_York'),
    /**
     * How often each instance re-reads the subscriptions others recorded, so it can deliver
     * their notifications too.
     */
    PAYER_SANDBOX_SUBSCRIBERS_REFRESH_MS: z.coerce.number().int().min(100).default(5_000),
  }),
);

export type PayerSandboxSettings = SectionValue<typeof payerSandboxSettingsConfig>;
