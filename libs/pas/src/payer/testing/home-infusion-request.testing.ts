// Test data only: a PAS request Bundle for home IVIG, shaped as prior-auth sends one (urn:uuid
// fullUrls, the payer id on the insurer, labs as Observations in supportingInfo). No official
// example requests a home-infusion drug, so the payer's specs build their own.
import { LAB_LOINC } from '../../lab-loinc';
import {
  CODE_SYSTEMS,
  IDENTIFIER_SYSTEMS,
  PAS_EXTENSIONS,
  PAS_PROFILES,
} from '../../pas-vocabulary';

export interface TestLab {
  readonly loinc: string;
  readonly value: number;
  readonly unit: string;
  readonly date: string;
}

export interface HomeInfusionRequestOptions {
  readonly claimValue?: string;
  readonly bundleValue?: string;
  readonly payerId?: string;
  readonly memberId?: string;
  readonly diagnosis?: string;
  readonly labs?: readonly TestLab[];
  readonly hcpcs?: string;
  readonly medication?: string;
  readonly units?: number;
  readonly period?: { readonly start: string; readonly end: string };
  /** X12 1322 on the item: I (default), S (update) or 3 (cancel). */
  readonly certificationType?: string;
}

export const CLAIM_SYSTEM = 'urn:infuse:authorization-request';

/** IgG, BUN and creatinine as a PI request sends them, collected on `date`. */
export function piLabs(date: string, igGMgPerDl = 150): TestLab[] {
  return [
    { loinc: LAB_LOINC.IgG.code, value: igGMgPerDl, unit: 'mg/dL', date },
    { loinc: LAB_LOINC.BUN.code, value: 14, unit: 'mg/dL', date },
    { loinc: LAB_LOINC.creatinine.code, value: 0.9, unit: 'mg/dL', date },
  ];
}

export function homeInfusionRequest(
  options: HomeInfusionRequestOptions = {},
): Record<string, unknown> {
  const id = (n: number) => `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const labs = options.labs ?? piLabs('2026-02-20');
  const labEntries = labs.map((lab, index) => ({
    fullUrl: id(100 + index),
    resource: {
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: CODE_SYSTEMS.loinc, code: lab.loinc }] },
      subject: { reference: id(2) },
      effectiveDateTime: lab.date,
      valueQuantity: {
        value: lab.value,
        unit: lab.unit,
        system: CODE_SYSTEMS.ucum,
        code: lab.unit,
      },
    },
  }));
  const claim = {
    resourceType: 'Claim',
    meta: { profile: [PAS_PROFILES.claim] },
    identifier: [{ system: CLAIM_SYSTEM, value: options.claimValue ?? 'PA-0001' }],
    status: 'active',
    type: { coding: [{ system: CODE_SYSTEMS.claimType, code: 'professional' }] },
    use: 'preauthorization',
    patient: { reference: id(2) },
    created: '2026-03-01T09:00:00-05:00',
    insurer: { reference: id(3) },
    provider: { reference: id(4) },
    priority: { coding: [{ system: CODE_SYSTEMS.processPriority, code: 'normal' }] },
    supportingInfo: labEntries.map((entry, index) => ({
      sequence: index + 1,
      category: { coding: [{ system: CODE_SYSTEMS.pasTempCodes, code: 'freeFormMessage' }] },
      valueReference: { reference: entry.fullUrl },
    })),
    diagnosis: [
      {
        sequence: 1,
        diagnosisCodeableConcept: {
          coding: [{ system: CODE_SYSTEMS.icd10cm, code: options.diagnosis ?? 'D83.9' }],
        },
      },
    ],
    insurance: [{ sequence: 1, focal: true, coverage: { reference: id(5) } }],
    item: [
      {
        extension: [
          {
            url: PAS_EXTENSIONS.certificationType,
            valueCodeableConcept: {
              coding: [
                {
                  system: CODE_SYSTEMS.x12CertificationType,
                  code: options.certificationType ?? 'I',
                },
              ],
            },
          },
        ],
        sequence: 1,
        category: { coding: [{ system: CODE_SYSTEMS.x12ServiceType, code: '42' }] },
        productOrService: {
          coding: [{ system: CODE_SYSTEMS.hcpcs, code: options.hcpcs ?? 'J1459' }],
        },
        servicedPeriod: options.period ?? { start: '2026-03-05', end: '2026-08-31' },
        locationCodeableConcept: { coding: [{ system: CODE_SYSTEMS.placeOfService, code: '12' }] },
        quantity: { value: options.units ?? 48 },
      },
    ],
  };
  return {
    resourceType: 'Bundle',
    meta: { profile: [PAS_PROFILES.requestBundle] },
    identifier: { system: 'urn:infuse:submission', value: options.bundleValue ?? 'SUB-0001' },
    type: 'collection',
    timestamp: '2026-03-01T09:00:00-05:00',
    entry: [
      { fullUrl: id(1), resource: claim },
      {
        fullUrl: id(2),
        resource: {
          resourceType: 'Patient',
          name: [{ family: 'Rivera', given: ['Ana'] }],
          birthDate: '1984-06-02',
          gender: 'female',
        },
      },
      {
        fullUrl: id(3),
        resource: {
          resourceType: 'Organization',
          identifier: [
            { system: IDENTIFIER_SYSTEMS.payer, value: options.payerId ?? 'acme-health' },
          ],
          name: 'Acme Health',
        },
      },
      {
        fullUrl: id(4),
        resource: {
          resourceType: 'Organization',
          identifier: [{ system: CODE_SYSTEMS.npi, value: '1234567893' }],
          name: 'Infuse Home Infusion Pharmacy',
        },
      },
      {
        fullUrl: id(5),
        resource: {
          resourceType: 'Coverage',
          status: 'active',
          subscriberId: options.memberId ?? 'ACM123456789',
          beneficiary: { reference: id(2) },
          payor: [{ reference: id(3) }],
        },
      },
      {
        fullUrl: id(6),
        resource: {
          resourceType: 'MedicationRequest',
          status: 'active',
          intent: 'order',
          medicationCodeableConcept: {
            text: options.medication ?? 'Privigen 10% IV, 0.4 g/kg every 28 days',
          },
          subject: { reference: id(2) },
        },
      },
      ...labEntries,
    ],
  };
}
