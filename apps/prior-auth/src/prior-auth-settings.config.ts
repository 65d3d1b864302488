import { defineConfigSection, type SectionValue } from '@infuse/config';
import { isTimeZone } from '@infuse/contracts';
import { z } from 'zod';

const positiveInt = z.coerce.number().int().positive();

/**
 * The file shipped with the service, relative to the working directory every entry point runs in
 * (the repository root); a deployment points at its own.
 */
export const DEFAULT_PAYER_DIRECTORY = 'apps/prior-auth/config/payer-directory.json';

/** The settings of prior-auth, validated at boot with every other section. */
export const priorAuthSettingsConfig = defineConfigSection(
  'prior-auth',
  z.object({
    /** The payer directory: each payer's PAS endpoint, credentials, validity and turnaround. */
    PRIOR_AUTH_PAYER_DIRECTORY: z.string().min(1).default(DEFAULT_PAYER_DIRECTORY),
    /** Where payers reach this service: their rest-hook notifications go to `<url>/fhir/notifications`. */
    PRIOR_AUTH_PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3002'),
    /** The referrals service, which serves document contents to this service's identity. */
    REFERRALS_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3001'),
    /** The system of the Claim identifier payers de-duplicate on; its value is the request's id. */
    PRIOR_AUTH_CLAIM_IDENTIFIER_SYSTEM: z
      .string()
      .min(1)
      .default('urn:infuse:authorization-request'),
    /** Subscribe with every payer in the directory at boot, for pended requests' decisions. */
    PRIOR_AUTH_SUBSCRIBE_AT_BOOT: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
    /** How often the expiry sweep looks for authorizations ending soon or ended. */
    PRIOR_AUTH_EXPIRY_SWEEP_INTERVAL_MS: positiveInt.default(60 * 60_000),
    /**
     * Days before an approved period ends that `expiring` is announced: 30 by rule 23, a lead
     * time the reference marks unconfirmed, so a setting.
     */
    PRIOR_AUTH_REAUTHORIZATION_LEAD_DAYS: z.coerce.number().int().min(1).max(180).default(30),
    /**
     * The dose a coordinator may ask for in an update, g/kg per dose: the bounds intake applies
     * to an order (referrals' INTAKE_MIN/MAX_DOSE_G_PER_KG), so an update asks nothing intake
     * would refuse.
     */
    PRIOR_AUTH_MIN_DOSE_G_PER_KG: z.coerce.number().positive().default(0.1),
    PRIOR_AUTH_MAX_DOSE_G_PER_KG: z.coerce.number().positive().default(3),
    /** Calendar days (a request's start, a period's end) are counted in the pharmacy's time zone. */
    PHARMACY_TIME_ZONE: z
      .string()
      .refine(isTimeZone, 'expected an IANA time zone')
      .default('America/New_York'),
  }),
);

export type PriorAuthSettings = SectionValue<typeof priorAuthSettingsConfig>;
