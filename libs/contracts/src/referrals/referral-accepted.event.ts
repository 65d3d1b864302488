import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { instant } from '../payload-primitives';
import { EXAMPLE_IDS, REFERRAL_EVENT, referralEventFields } from './referral-event.common';
import {
  documentReferenceSchema,
  insuranceSnapshotSchema,
  labResultSchema,
  orderSnapshotSchema,
  patientSnapshotSchema,
  prescriberSnapshotSchema,
} from './referral-snapshot.schema';

/**
 * Intake judged the referral complete. Carries everything prior authorization and pharmacy need,
 * so neither has to call back; documents by reference only, never their contents.
 */
export const ReferralAccepted = defineEvent({
  type: 'org.infuse.referral.accepted.v1',
  ...REFERRAL_EVENT,
  summary:
    'Intake judged the referral complete; carries the patient, prescriber, order, insurance, labs and document references.',
  schema: z.object({
    ...referralEventFields,
    acceptedAt: instant(),
    offLabel: z.boolean().describe('The diagnosis is not a labelled indication for the therapy'),
    patient: patientSnapshotSchema,
    prescriber: prescriberSnapshotSchema,
    order: orderSnapshotSchema,
    insurance: insuranceSnapshotSchema,
    labs: z.array(labResultSchema),
    documents: z.array(documentReferenceSchema),
  }),
  example: {
    referralId: EXAMPLE_IDS.referralId,
    patientId: EXAMPLE_IDS.patientId,
    acceptedAt: '2026-11-21T10:41:05-05:00',
    offLabel: false,
    patient: {
      mrn: 'MRN-20481',
      firstName: 'Maren',
      lastName: 'Okafor',
      dateOfBirth: '1979-03-14',
      sex: 'female',
      heightCm: 168,
      weightKg: 71.2,
      bloodType: 'O+',
      allergies: [],
      conditions: [],
      address: { line1: '12 Harbor Lane', city: 'Baltimore', state: 'MD', postalCode: '21230' },
      phone: '+1-410-555-0142',
    },
    prescriber: {
      npi: '1234567893',
      firstName: 'Lena',
      lastName: 'Hart',
      phone: '+1-410-555-0199',
      specialty: 'immunology',
    },
    order: {
      therapy: 'IVIG',
      diagnosisCode: 'D83.9',
      productPreference: 'Privigen',
      doseGramsPerKg: 0.5,
      infusionDays: 1,
      intervalDays: 28,
      startDate: '2026-12-07',
      durationMonths: 6,
    },
    insurance: {
      planType: 'commercial',
      payerId: 'acme-health',
      payerName: 'Acme Health Plan',
      memberId: 'ACM-883920114',
      groupNumber: 'GRP-5520',
    },
    labs: [
      { code: 'IgG', value: 310, unit: 'mg/dL', collectedOn: '2026-11-12' },
      { code: 'IgA', value: 45, unit: 'mg/dL', collectedOn: '2026-11-12' },
      { code: 'BUN', value: 14, unit: 'mg/dL', collectedOn: '2026-11-12' },
      { code: 'creatinine', value: 0.8, unit: 'mg/dL', collectedOn: '2026-11-12' },
    ],
    documents: [
      {
        documentId: '3c9e7a51-2f4d-4b8a-9e6c-71d0a5b2c3e4',
        type: 'prescription',
        title: 'Signed IVIG order',
        contentType: 'application/pdf',
        sizeBytes: 84213,
      },
      {
        documentId: '8a1f4c27-6b3e-4d95-a0c8-5e2b9f7d1a63',
        type: 'clinical_notes',
        title: 'Immunology consult note',
        contentType: 'text/plain',
        sizeBytes: 2875,
      },
      {
        documentId: 'd47b2e90-1c5a-4f3b-8d6e-0a9c7b5e4f12',
        type: 'lab_report',
        title: 'Immunoglobulin panel',
        contentType: 'application/pdf',
        sizeBytes: 51740,
      },
      {
        documentId: '6e2d8b14-9a7c-4e51-b3f0-2c8a4d6e9b75',
        type: 'insurance_card',
        title: 'Member card, front and back',
        contentType: 'image/png',
        sizeBytes: 412908,
      },
    ],
  },
});
