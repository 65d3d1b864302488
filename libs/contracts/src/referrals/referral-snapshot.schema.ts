import { z } from 'zod';
import { calendarDate, uuid } from '../payload-primitives';
import {
  BLOOD_TYPES,
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_TYPES,
  LAB_CODES,
  LAB_UNITS,
  type LabUnit,
  PLAN_TYPES,
  RISK_CONDITIONS,
  SEXES,
  THERAPIES,
} from './referral-vocabulary';

// The parts of an accepted referral. Shapes only: intake limits (dose range, interval) are the
// referrals service's settings and stay there, so a consumer never rejects what intake accepted.

const name = z.string().min(1).max(100);
const phone = z.string().regex(/^\+?[0-9 ().-]{7,25}$/);
const icd10Code = z
  .string()
  .regex(/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/)
  .describe('ICD-10-CM code, e.g. D83.9');

export const therapySchema = z.enum(THERAPIES);
export const diagnosisCodeSchema = icd10Code;

export const patientSnapshotSchema = z.object({
  mrn: z.string().min(1).max(64).optional(),
  firstName: name,
  lastName: name,
  dateOfBirth: calendarDate(),
  sex: z.enum(SEXES),
  heightCm: z.number().positive(),
  weightKg: z.number().positive(),
  bloodType: z.enum(BLOOD_TYPES).optional(),
  allergies: z.array(z.string().min(1).max(200)),
  conditions: z.array(z.enum(RISK_CONDITIONS)).describe('Risk conditions known at intake'),
  address: z
    .object({
      line1: z.string().min(1).max(200),
      line2: z.string().max(200).optional(),
      city: z.string().min(1).max(100),
      state: z.string().regex(/^[A-Z]{2}$/),
      postalCode: z.string().regex(/^\d{5}(-\d{4})?$/),
    })
    .optional(),
  phone: phone.optional(),
});

export const prescriberSnapshotSchema = z.object({
  npi: z.string().regex(/^\d{10}$/),
  firstName: name,
  lastName: name,
  phone: phone.optional(),
  specialty: z.string().min(1).max(100).optional(),
});

export const orderSnapshotSchema = z.object({
  therapy: therapySchema,
  diagnosisCode: diagnosisCodeSchema,
  productPreference: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('Brand the prescriber asked for'),
  doseGramsPerKg: z.number().positive(),
  infusionDays: z.number().int().positive().describe('Days one dose is spread over'),
  intervalDays: z.number().int().positive().describe('Days from one dose to the next'),
  startDate: calendarDate().optional(),
  durationMonths: z.number().int().positive().optional(),
  newStart: z
    .boolean()
    .optional()
    .describe('The patient starts immunoglobulin (true) or continues it from elsewhere (false)'),
});

export const insuranceSnapshotSchema = z
  .object({
    planType: z.enum(PLAN_TYPES),
    payerId: z.string().min(1).max(64).optional().describe('Present unless uninsured'),
    payerName: z.string().min(1).max(200).optional(),
    memberId: z.string().min(1).max(64).optional().describe('Present unless uninsured'),
    groupNumber: z.string().min(1).max(64).optional(),
  })
  .superRefine((insurance, context) => {
    if (insurance.planType === 'uninsured') return;
    for (const field of ['payerId', 'memberId'] as const) {
      if (!insurance[field])
        context.addIssue({ code: 'custom', path: [field], message: 'required unless uninsured' });
    }
  });

const labUnits = [...new Set(Object.values(LAB_UNITS))] as [LabUnit, ...LabUnit[]];

export const labResultSchema = z
  .object({
    code: z.enum(LAB_CODES),
    value: z.number().nonnegative(),
    unit: z.enum(labUnits).describe('The unit of the code, e.g. mg/dL for IgG'),
    collectedOn: calendarDate(),
  })
  .superRefine((lab, context) => {
    if (lab.unit !== LAB_UNITS[lab.code])
      context.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `${lab.code} is in ${LAB_UNITS[lab.code]}`,
      });
  });

/** A stored document, by reference: events never carry document contents. */
export const documentReferenceSchema = z.object({
  documentId: uuid(),
  type: z.enum(DOCUMENT_TYPES),
  title: z.string().min(1).max(200),
  contentType: z.enum(DOCUMENT_CONTENT_TYPES),
  sizeBytes: z.number().int().positive(),
});

export type PatientSnapshot = z.output<typeof patientSnapshotSchema>;
export type PrescriberSnapshot = z.output<typeof prescriberSnapshotSchema>;
export type OrderSnapshot = z.output<typeof orderSnapshotSchema>;
export type InsuranceSnapshot = z.output<typeof insuranceSnapshotSchema>;
export type LabResult = z.output<typeof labResultSchema>;
export type DocumentReference = z.output<typeof documentReferenceSchema>;
