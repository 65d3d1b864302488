import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { actor, calendarDate, instant } from '../payload-primitives';
import { hcpcsCode } from '../prior-auth/authorization-event.common';
import { diagnosisCodeSchema } from '../referrals/referral-snapshot.schema';
import {
  DISPENSE_EVENT,
  DISPENSE_EXAMPLE,
  dispenseEventFields,
  EXAMPLE_LOTS,
  productIdSchema,
  releasedLotSchema,
} from './dispense-event.common';

const sources = z.array(z.string().min(1)).describe('Source keys of the domain reference');

/** One rate step of the plan the nurse programs into the pump. */
const rateStepSchema = z.object({
  step: z.number().int().positive(),
  startMinute: z.number().int().nonnegative(),
  durationMinutes: z.number().int().positive(),
  mlPerHour: z.number().positive().describe('Pump rate for this patient (per site for SC)'),
  mgPerKgMin: z.number().positive().optional().describe('IV only'),
});

/** The infusion plan: IV titration steps with the ceiling, or the SC per-site plan. */
const infusionPlanSchema = z.object({
  route: z.enum(['IV', 'SC']),
  steps: z.array(rateStepSchema).min(1),
  maxMlPerHour: z.number().positive().describe('The highest rate allowed (per site for SC)'),
  maxMgPerKgMin: z.number().positive().optional().describe('IV only'),
  rateCap: z
    .object({ mgPerKgMin: z.number().positive(), inclusive: z.boolean(), reason: z.string() })
    .optional()
    .describe('A risk cap lowering the product maximum (renal or thrombotic risk)'),
  sites: z.number().int().positive().optional().describe('SC only'),
  totalVolumeMl: z.number().positive(),
  infusionMinutes: z.number().int().positive(),
  sources,
});

/** A task the safety screen asked for, timed around the infusion. */
const monitoringSchema = z.object({
  code: z.string().min(1),
  description: z.string().min(1),
  timing: z.enum(['before-infusion', 'during-infusion', 'after-infusion']),
  windowHoursAfterEnd: z
    .object({ min: z.number().nonnegative(), max: z.number().positive() })
    .optional(),
  durationMinutes: z.number().int().positive().optional(),
  sources,
});

/**
 * The pharmacist released the dose with its lots: everything the nurse and the workers need to
 * give it and follow it up, without calling back.
 */
export const DispenseReleased = defineEvent({
  type: 'org.infuse.dispense.released.v1',
  ...DISPENSE_EVENT,
  summary:
    'A pharmacist released the dose with its lots: product, units, grams per day, dates, infusion plan, pre-medication and monitoring.',
  schema: z.object({
    ...dispenseEventFields,
    diagnosisCode: diagnosisCodeSchema,
    indication: z
      .string()
      .min(1)
      .describe('Indication of the clinical library, e.g. primary-immunodeficiency'),
    product: z.object({
      productId: productIdSchema(),
      brandName: z.string().min(1),
      manufacturer: z.string().min(1),
      concentrationPercent: z.number().positive(),
    }),
    hcpcs: hcpcsCode(),
    units: z.number().int().positive(),
    authorizationNumber: z.string().min(1),
    doseGramsPerKg: z.number().positive().describe('The whole cycle'),
    dosingWeightKg: z.number().positive(),
    dosingWeightBasis: z.enum(['actual', 'ideal', 'adjusted']),
    gramsPerInfusionDay: z.number().positive().describe('In the vials dispensed for each day'),
    administrationDates: z.array(calendarDate()).min(1),
    lots: z.array(releasedLotSchema).min(1),
    infusionPlan: infusionPlanSchema,
    premedication: z.object({
      advice: z.string().min(1),
      routine: z.boolean().describe('False: common practice, not label-mandated'),
      sources,
    }),
    observationMinutes: z.number().int().positive(),
    monitoring: z.array(monitoringSchema),
    verifiedBy: z.string().min(1),
    releasedBy: actor(),
    releasedAt: instant(),
  }),
  example: {
    ...DISPENSE_EXAMPLE,
    diagnosisCode: 'D83.9',
    indication: 'primary-immunodeficiency',
    product: {
      productId: 'privigen',
      brandName: 'Privigen',
      manufacturer: 'CSL Behring',
      concentrationPercent: 10,
    },
    hcpcs: 'J1459',
    units: 70,
    authorizationNumber: 'AUTH-ACME-000184',
    doseGramsPerKg: 0.5,
    dosingWeightKg: 71.2,
    dosingWeightBasis: 'actual',
    gramsPerInfusionDay: 35,
    administrationDates: ['2026-12-07'],
    lots: EXAMPLE_LOTS,
    infusionPlan: {
      route: 'IV',
      steps: [
        { step: 1, startMinute: 0, durationMinutes: 30, mlPerHour: 21.4, mgPerKgMin: 0.5 },
        { step: 2, startMinute: 30, durationMinutes: 30, mlPerHour: 42.7, mgPerKgMin: 1 },
        { step: 3, startMinute: 60, durationMinutes: 30, mlPerHour: 85.4, mgPerKgMin: 2 },
        { step: 4, startMinute: 90, durationMinutes: 30, mlPerHour: 170.9, mgPerKgMin: 4 },
        { step: 5, startMinute: 120, durationMinutes: 34, mlPerHour: 341.8, mgPerKgMin: 8 },
      ],
      maxMlPerHour: 341.8,
      maxMgPerKgMin: 8,
      totalVolumeMl: 350,
      infusionMinutes: 154,
      sources: ['PRV1'],
    },
    premedication: {
      advice:
        'Acetaminophen with or without an antihistamine 30–60 min before is common practice, not label-mandated; secondary sources advise against routine premedication for IG-naive patients.',
      routine: false,
      sources: ['TRC', 'DRO-PM'],
    },
    observationMinutes: 60,
    monitoring: [
      {
        code: 'RENAL_FUNCTION_BEFORE',
        description: 'BUN and serum creatinine before the infusion',
        timing: 'before-infusion',
        sources: ['PRV3', 'GMX5'],
      },
      {
        code: 'POST_INFUSION_OBSERVATION',
        description: 'Observe 60 min after the infusion',
        timing: 'after-infusion',
        durationMinutes: 60,
        sources: ['HIZ2', 'PRV5', 'PRV1', 'GGL1'],
      },
    ],
    verifiedBy: 'rph-4',
    releasedBy: 'rph-9',
    releasedAt: '2026-12-03T14:05:12-05:00',
  },
});
