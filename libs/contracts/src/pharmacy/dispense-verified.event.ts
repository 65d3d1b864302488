import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { actor, instant, uuid } from '../payload-primitives';
import { hcpcsCode } from '../prior-auth/authorization-event.common';
import {
  DISPENSE_EVENT,
  DISPENSE_EXAMPLE,
  dispenseEventFields,
  productIdSchema,
} from './dispense-event.common';

/** A warning of the safety screen the pharmacist acknowledged, and why she went ahead. */
const acknowledgementSchema = z.object({
  code: z.string().min(1).max(64),
  reason: z.string().min(1).max(1000),
});

/**
 * A pharmacist verified the dose against the patient. When the brand she chose bills under
 * another HCPCS code than the one authorized, prior authorization is asked for an update.
 */
export const DispenseVerified = defineEvent({
  type: 'org.infuse.dispense.verified.v1',
  ...DISPENSE_EVENT,
  summary:
    'A pharmacist verified the dose: product, grams, units and the warnings acknowledged; may ask prior-auth for an update.',
  schema: z.object({
    ...dispenseEventFields,
    productId: productIdSchema(),
    brandName: z.string().min(1).max(100),
    hcpcs: hcpcsCode(),
    units: z.number().int().positive().describe('Billing units of the vials to dispense'),
    gramsPerInfusionDay: z.number().positive(),
    dosingWeightKg: z.number().positive(),
    acknowledgements: z.array(acknowledgementSchema),
    authorizationUpdate: z
      .object({
        authorizationId: uuid().describe('The authorization whose code differs'),
        authorizedHcpcs: hcpcsCode(),
        requestedHcpcs: hcpcsCode(),
        productBrand: z.string().min(1).max(100),
      })
      .optional()
      .describe(
        'Present when the chosen brand is not the authorized code: prior-auth opens an update request',
      ),
    verifiedBy: actor(),
    verifiedAt: instant(),
  }),
  example: {
    ...DISPENSE_EXAMPLE,
    productId: 'privigen',
    brandName: 'Privigen',
    hcpcs: 'J1459',
    units: 70,
    gramsPerInfusionDay: 35,
    dosingWeightKg: 71.2,
    acknowledgements: [
      {
        code: 'HIGH_REACTION_RISK',
        reason: 'First infusion: nurse starts at 0.5 mg/kg/min and observes 60 min after.',
      },
    ],
    verifiedBy: 'rph-4',
    verifiedAt: '2026-12-01T09:12:44-05:00',
  },
});
