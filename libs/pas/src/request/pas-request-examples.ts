// Realistic request inputs for tests of the builder, of prior-auth and of the validator. The
// people and organizations are invented; NPIs pass the CMS check digit, doses and units follow the
// domain reference (IVIG billed per 500 mg, SCIG per 100 mg [ANB][PRI]; initial authorizations
// for 6 months, reauthorizations for 12 [PH1][PH2]).
import type { PasDocument, PasRequestInput } from './pas-request-input';

const PHARMACY: PasRequestInput['pharmacy'] = {
  name: 'Infuse Specialty Pharmacy',
  npi: '1649872318',
  phone: '+1-410-555-0100',
  address: { line1: '400 Harbor Point Blvd', city: 'Baltimore', state: 'MD', postalCode: '21224' },
};

const IMMUNOLOGIST: PasRequestInput['prescriber'] = {
  npi: '1987654328',
  firstName: 'Adaeze',
  lastName: 'Okafor',
  phone: '+1-410-555-0199',
};

const NEUROLOGIST: PasRequestInput['prescriber'] = {
  npi: '1472583693',
  firstName: 'Martin',
  lastName: 'Lindqvist',
  // No phone on the referral: the care team then has no PractitionerRole.
};

const base64 = (text: string): string => {
  // Examples are ASCII; btoa is a global in Node 20 and browsers alike.
  return btoa(text);
};

const PRESCRIPTION: PasDocument = {
  id: '6f4f7a52-5d0e-4a8e-9f61-2f1f3c8f0a11',
  type: 'prescription',
  title: 'Prescription: Privigen 0.5 g/kg IV every 28 days',
  contentType: 'text/plain',
  data: base64('Rx: Privigen 0.5 g/kg IV q28d for CVID (D83.9). Dr. A. Okafor, immunology.'),
};

const PROGRESS_NOTE: PasDocument = {
  id: '0c9b8f1e-3a47-4c55-b7a2-8d5e6f1a2b3c',
  type: 'clinical_notes',
  title: 'Immunology progress note',
  contentType: 'text/plain',
  data: base64(
    'Progress note: recurrent sinopulmonary infections x4 in 12 months despite prophylaxis.',
  ),
};

const LAB_REPORT: PasDocument = {
  id: '9d2e4b7c-1f3a-4e8d-a5b6-c7d8e9f0a1b2',
  type: 'lab_report',
  title: 'Baseline immunoglobulins and renal panel',
  contentType: 'text/plain',
  data: base64('IgG 412 mg/dL (2026-01-20). BUN 14 mg/dL, creatinine 0.8 mg/dL (2026-01-20).'),
};

const ivigCommercialInitial: PasRequestInput = {
  certification: 'initial',
  claimIdentifier: { system: 'urn:infuse:sid:authorization-request', value: 'PA-2026-000123' },
  bundleIdentifier: 'SUB-2026-000123-1',
  submissionId: '00138a7d-6f38-4c12-a615-fc8a4a4433b1',
  createdAt: '2026-01-26T14:05:00-05:00',
  pharmacy: PHARMACY,
  payer: { id: 'acme-health', name: 'Acme Health Plan' },
  patient: {
    id: 'b3c1d2e4-5f60-4a7b-8c9d-0e1f2a3b4c5d',
    mrn: 'MRN-448210',
    firstName: 'Dana',
    lastName: 'Whitfield',
    dateOfBirth: '1984-07-12',
    sex: 'female',
    address: { line1: '18 Cedar Lane', city: 'Towson', state: 'MD', postalCode: '21204' },
    phone: '+1-410-555-0142',
  },
  coverage: { memberId: 'ACM88412093', groupNumber: 'GRP-20417', planType: 'commercial' },
  prescriber: IMMUNOLOGIST,
  // CVID, unspecified.
  diagnosisCode: 'D83.9',
  item: {
    // Privigen, 500 mg per unit [ANB][PRI]: 35 g x 7 doses over 6 months = 490 units.
    hcpcs: 'J1459',
    units: 490,
    periodStart: '2026-02-01',
    periodEnd: '2026-07-31',
    medication: {
      productName: 'Privigen',
      route: 'IV',
      doseGramsPerKg: 0.5,
      doseGrams: 35,
      infusionDays: 1,
      intervalDays: 28,
      startDate: '2026-02-02',
    },
  },
  documents: [PRESCRIPTION, PROGRESS_NOTE, LAB_REPORT],
  labs: [
    { code: 'IgG', value: 412, unit: 'mg/dL', collectedOn: '2026-01-20' },
    { code: 'BUN', value: 14, unit: 'mg/dL', collectedOn: '2026-01-20' },
    { code: 'creatinine', value: 0.8, unit: 'mg/dL', collectedOn: '2026-01-20' },
  ],
};

const scigMedicareInitial: PasRequestInput = {
  certification: 'initial',
  claimIdentifier: { system: 'urn:infuse:sid:authorization-request', value: 'PA-2026-000187' },
  bundleIdentifier: 'SUB-2026-000187-1',
  submissionId: 'ad1cfd36-fa30-48aa-8ea7-550eb7cab3d2',
  createdAt: '2026-02-16T09:30:00-05:00',
  pharmacy: PHARMACY,
  payer: { id: 'medicare-jurisdiction-b', name: 'Medicare DME MAC Jurisdiction B' },
  patient: {
    id: 'e7f8a9b0-c1d2-4e3f-9a4b-5c6d7e8f9a0b',
    firstName: 'Harold',
    lastName: 'Brennan',
    dateOfBirth: '1953-11-03',
    sex: 'male',
    address: { line1: '2207 Bayview Ave', city: 'Annapolis', state: 'MD', postalCode: '21401' },
  },
  coverage: { memberId: '1EG4TE5MK73', planType: 'medicare' },
  prescriber: IMMUNOLOGIST,
  // CVID with predominant abnormalities of B-cell numbers and function [NCM].
  diagnosisCode: 'D83.0',
  item: {
    // Hizentra, 100 mg per unit [PRI]: 12 g weekly x 27 doses over 6 months = 3240 units.
    hcpcs: 'J1559',
    units: 3240,
    periodStart: '2026-03-01',
    periodEnd: '2026-08-31',
    medication: {
      productName: 'Hizentra',
      route: 'SC',
      doseGramsPerKg: 0.16,
      doseGrams: 12,
      infusionDays: 1,
      intervalDays: 7,
      startDate: '2026-03-02',
    },
  },
  documents: [
    {
      id: '2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b',
      type: 'prescription',
      title: 'Prescription: Hizentra 12 g SC weekly',
      contentType: 'text/plain',
      data: base64('Rx: Hizentra 12 g SC weekly via E0779 pump. CVID (D83.0).'),
    },
  ],
  labs: [{ code: 'IgG', value: 388, unit: 'mg/dL', collectedOn: '2026-02-09' }],
};

const ivigMedicaidReauthorization: PasRequestInput = {
  certification: 'reauthorization',
  claimIdentifier: { system: 'urn:infuse:sid:authorization-request', value: 'PA-2026-000311' },
  bundleIdentifier: 'SUB-2026-000311-1',
  submissionId: '05056875-db82-460a-b920-dac64c146b4a',
  createdAt: '2026-03-02T11:15:00-05:00',
  pharmacy: PHARMACY,
  payer: { id: 'md-medicaid', name: 'Maryland Medicaid' },
  patient: {
    id: '4c5d6e7f-8a9b-4c0d-8e1f-2a3b4c5d6e7f',
    firstName: 'Luis',
    lastName: 'Carrasco',
    dateOfBirth: '1971-02-27',
    sex: 'male',
    phone: '+1-443-555-0177',
  },
  coverage: { memberId: '70028815421', planType: 'medicaid' },
  prescriber: NEUROLOGIST,
  // CIDP [CSLICD][HCC]: maintenance 1 g/kg every 21 days, over 2 days.
  diagnosisCode: 'G61.81',
  item: {
    // Gamunex-C, 500 mg per unit [ANB]: 80 g x 18 doses over 12 months = 2880 units.
    hcpcs: 'J1561',
    units: 2880,
    periodStart: '2026-04-01',
    periodEnd: '2027-03-31',
    medication: {
      productName: 'Gamunex-C',
      route: 'IV',
      doseGramsPerKg: 1,
      doseGrams: 80,
      infusionDays: 2,
      intervalDays: 21,
      startDate: '2026-04-01',
    },
  },
  documents: [
    {
      id: '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e',
      type: 'nerve_study',
      title: 'Nerve conduction study',
      contentType: 'text/plain',
      data: base64('NCS: demyelinating features meeting EAN/PNS 2021 electrodiagnostic criteria.'),
    },
    {
      id: '8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f',
      type: 'clinical_notes',
      title: 'Neurology follow-up: INCAT improved from 5 to 2',
      contentType: 'text/plain',
      data: base64('Objective response on maintenance IVIG: INCAT 5 -> 2, grip strength improved.'),
    },
  ],
  labs: [
    { code: 'BUN', value: 17, unit: 'mg/dL', collectedOn: '2026-02-23' },
    { code: 'creatinine', value: 1.0, unit: 'mg/dL', collectedOn: '2026-02-23' },
  ],
};

/** The commercial IVIG request after a dose change to 0.6 g/kg while the first is still pended. */
const ivigUpdate: PasRequestInput = {
  ...ivigCommercialInitial,
  certification: 'update',
  claimIdentifier: { system: 'urn:infuse:sid:authorization-request', value: 'PA-2026-000123-U1' },
  bundleIdentifier: 'SUB-2026-000123-2',
  submissionId: '9a43b80a-cb66-4bed-aaab-1b025e6ca9ea',
  createdAt: '2026-01-29T10:20:00-05:00',
  item: {
    ...ivigCommercialInitial.item,
    // 42 g x 7 doses = 294 g = 588 units of 500 mg.
    units: 588,
    medication: { ...ivigCommercialInitial.item.medication, doseGramsPerKg: 0.6, doseGrams: 42 },
  },
  priorClaim: {
    claimIdentifier: ivigCommercialInitial.claimIdentifier,
    createdAt: ivigCommercialInitial.createdAt,
    certification: 'initial',
    item: ivigCommercialInitial.item,
    administrationReferenceNumber: 'PEND-20260126-0042',
  },
};

/** The commercial IVIG request withdrawn after approval: the patient moved to another provider. */
const ivigCancel: PasRequestInput = {
  ...ivigCommercialInitial,
  certification: 'cancel',
  claimIdentifier: { system: 'urn:infuse:sid:authorization-request', value: 'PA-2026-000123-C1' },
  bundleIdentifier: 'SUB-2026-000123-3',
  submissionId: '14d899ab-842c-40d4-9921-48ca6d43016f',
  createdAt: '2026-02-20T16:45:00-05:00',
  priorClaim: {
    claimIdentifier: ivigCommercialInitial.claimIdentifier,
    createdAt: ivigCommercialInitial.createdAt,
    certification: 'initial',
    item: ivigCommercialInitial.item,
    authorizationNumber: 'ACME-AUTH-7741029',
  },
};

export const PAS_REQUEST_EXAMPLES = {
  ivigCommercialInitial,
  scigMedicareInitial,
  ivigMedicaidReauthorization,
  ivigUpdate,
  ivigCancel,
} satisfies Record<string, PasRequestInput>;
