import { defineConfigSection, type SectionValue } from '@infuse/config';
import { isValidNpi } from '@infuse/contracts';
import { z } from 'zod';

/**
 * The dispensing pharmacy as payers know it: the PAS Claim's provider. Its NPI must carry a valid
 * check digit, since a payer refuses a request whose provider it cannot identify.
 */
export const pharmacyIdentityConfig = defineConfigSection(
  'pharmacy',
  z.object({
    PHARMACY_NAME: z.string().trim().min(1).max(200).default('Infuse Home Infusion Pharmacy'),
    PHARMACY_NPI: z
      .string()
      .refine(isValidNpi, 'expected a 10-digit NPI with a valid check digit')
      .default('1745839021'),
    PHARMACY_PHONE: z
      .string()
      .regex(/^\+?[0-9 ().-]{7,25}$/, 'expected a phone number')
      .default('+1-410-555-0100'),
    PHARMACY_ADDRESS_LINE1: z.string().trim().min(1).max(200).default('400 Pratt Street'),
    PHARMACY_ADDRESS_LINE2: z.string().trim().min(1).max(200).optional(),
    PHARMACY_CITY: z.string().trim().min(1).max(100).default('Baltimore'),
    PHARMACY_STATE: z
      .string()
      .regex(/^[A-Z]{2}$/, 'expected a two-letter state code')
      .default('MD'),
    PHARMACY_POSTAL_CODE: z
      .string()
      .regex(/^\d{5}(-\d{4})?$/, 'expected a ZIP code')
      .default('21202'),
  }),
);

export type PharmacyIdentityConfig = SectionValue<typeof pharmacyIdentityConfig>;

/** The pharmacy as the request builder takes it. */
export interface PharmacyIdentity {
  name: string;
  npi: string;
  phone: string;
  address: { line1: string; line2?: string; city: string; state: string; postalCode: string };
}

export function pharmacyIdentityOf(config: PharmacyIdentityConfig): PharmacyIdentity {
  return {
    name: config.PHARMACY_NAME,
    npi: config.PHARMACY_NPI,
    phone: config.PHARMACY_PHONE,
    address: {
      line1: config.PHARMACY_ADDRESS_LINE1,
      ...(config.PHARMACY_ADDRESS_LINE2 ? { line2: config.PHARMACY_ADDRESS_LINE2 } : {}),
      city: config.PHARMACY_CITY,
      state: config.PHARMACY_STATE,
      postalCode: config.PHARMACY_POSTAL_CODE,
    },
  };
}
