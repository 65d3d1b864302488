import { randomUUID } from 'node:crypto';
import {
  CODE_SYSTEMS,
  IDENTIFIER_SYSTEMS,
  LAB_LOINC,
  PAS_EXTENSIONS,
  PAS_PROFILES,
  PAS_TEMP_CODES,
} from '@infuse/pas';

// A PAS 2.2.1 request Bundle for home immunoglobulin, as prior-auth sends one: urn:uuid
// fullUrls, the payer id on the insurer Organization, the member id on the Coverage, the
// prescription as a MedicationRequest, labs as Observations and documents as DocumentReferences
// in Claim.supportingInfo. Dates are relative to today so labs age as the payer counts.

export const CLAIM_SYSTEM = 'urn:infuse:authorization-request';

export interface RequestLab {
  readonly code: 'IgG' | 'BUN' | 'creatinine';
  readonly value: number;
  readonly unit: string;
  readonly daysAgo: number;
}

export interface HomeInfusionRequest {
  readonly payerId?: string;
  readonly memberId?: string;
  readonly claimValue?: string;
  readonly bundleValue?: string;
  readonly diagnosis?: string;
  readonly hcpcs?: string;
  readonly medication?: string;
  readonly units?: number;
  readonly labs?: readonly RequestLab[];
  /** X12 1322: I (initial), S (update) or 3 (cancel). */
  readonly certificationType?: 'I' | 'S' | '3';
  readonly startInDays?: number;
  readonly months?: number;
  /** The provider organization's NPI (a subscription may filter on it). */
  readonly providerNpi?: string;
}

/** IgG and renal labs as a PI referral carries them. */
export function piLabs(igGMgPerDl: number, daysAgo = 7): RequestLab[] {
  return [
    { code: 'IgG', value: igGMgPerDl, unit: 'mg/dL', daysAgo },
    { code: 'BUN', value: 14, unit: 'mg/dL', daysAgo },
    { code: 'creatinine', value: 0.8, unit: 'mg/dL', daysAgo },
  ];
}

export function isoDay(daysFromToday: number): string {
  return new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);
}

function addMonths(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export function homeInfusionRequest(options: HomeInfusionRequest = {}): Record<string, unknown> {
  const url = () => `urn:uuid:${randomUUID()}`;
  const [claim, patient, insurer, pharmacy, coverage, prescriber, medication, document] = [
    url(),
    url(),
    url(),
    url(),
    url(),
    url(),
    url(),
    url(),
  ];
  const labs = (options.labs ?? piLabs(150)).map((lab) => ({ fullUrl: url(), lab }));
  const start = isoDay(options.startInDays ?? 3);
  const end = addMonths(start, options.months ?? 6);
  const created = new Date().toISOString();
  const claimResource = {
    resourceType: 'Claim',
    meta: { profile: [PAS_PROFILES.claim] },
    identifier: [{ system: CLAIM_SYSTEM, value: options.claimValue ?? `PA-${randomUUID()}` }],
    status: 'active',
    type: { coding: [{ system: CODE_SYSTEMS.claimType, code: 'professional' }] },
    use: 'preauthorization',
    patient: { reference: patient },
    created,
    insurer: { reference: insurer },
    provider: { reference: pharmacy },
    priority: { coding: [{ system: CODE_SYSTEMS.processPriority, code: 'normal' }] },
    careTeam: [
      {
        extension: [{ url: PAS_EXTENSIONS.careTeamClaimScope, valueBoolean: true }],
        sequence: 1,
        provider: { reference: prescriber },
      },
    ],
    supportingInfo: [
      ...labs.map(({ fullUrl }, index) => ({
        sequence: index + 1,
        category: { coding: [{ system: CODE_SYSTEMS.pasTempCodes, code: 'freeFormMessage' }] },
        valueReference: { reference: fullUrl },
      })),
      {
        extension: [
          {
            url: PAS_EXTENSIONS.documentInformation,
            extension: [
              {
                url: 'reportTypeCode',
                valueCodeableConcept: {
                  coding: [{ system: CODE_SYSTEMS.x12ReportType, code: '03' }],
                },
              },
              {
                url: 'transmissionMethod',
                valueCodeableConcept: {
                  coding: [{ system: CODE_SYSTEMS.x12ReportTransmission, code: 'EL' }],
                },
              },
            ],
          },
        ],
        sequence: labs.length + 1,
        category: {
          coding: [
            { system: CODE_SYSTEMS.pasTempCodes, code: PAS_TEMP_CODES.additionalInformation },
          ],
        },
        valueReference: { reference: document },
      },
    ],
    diagnosis: [
      {
        sequence: 1,
        diagnosisCodeableConcept: {
          coding: [{ system: CODE_SYSTEMS.icd10cm, code: options.diagnosis ?? 'D83.9' }],
        },
      },
    ],
    insurance: [{ sequence: 1, focal: true, coverage: { reference: coverage } }],
    item: [
      {
        extension: [
          {
            url: PAS_EXTENSIONS.serviceItemRequestType,
            valueCodeableConcept: {
              coding: [{ system: CODE_SYSTEMS.x12RequestType, code: 'HS' }],
            },
          },
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
          { url: PAS_EXTENSIONS.requestedService, valueReference: { reference: medication } },
        ],
        sequence: 1,
        careTeamSequence: [1],
        diagnosisSequence: [1],
        category: { coding: [{ system: CODE_SYSTEMS.x12ServiceType, code: '42' }] },
        productOrService: {
          coding: [
            {
              system: CODE_SYSTEMS.hcpcs,
              code: options.hcpcs ?? 'J1459',
            },
          ],
        },
        servicedPeriod: { start, end },
        locationCodeableConcept: {
          coding: [
            {
              system: CODE_SYSTEMS.placeOfService,
              code: '12',
            },
          ],
        },
        quantity: { value: options.units ?? 48 },
      },
    ],
  };
  return {
    resourceType: 'Bundle',
    meta: { profile: [PAS_PROFILES.requestBundle] },
    identifier: {
      system: IDENTIFIER_SYSTEMS.submission,
      value: options.bundleValue ?? randomUUID(),
    },
    type: 'collection',
    timestamp: created,
    entry: [
      { fullUrl: claim, resource: claimResource },
      {
        fullUrl: patient,
        resource: {
          resourceType: 'Patient',
          identifier: [{ system: IDENTIFIER_SYSTEMS.mrn, value: 'MRN-20481' }],
          name: [{ family: 'Okafor', given: ['Grace'] }],
          birthDate: '1979-11-04',
          gender: 'female',
        },
      },
      {
        fullUrl: insurer,
        resource: {
          resourceType: 'Organization',
          identifier: [
            { system: IDENTIFIER_SYSTEMS.payer, value: options.payerId ?? 'acme-health' },
          ],
          name: 'Acme Health',
        },
      },
      {
        fullUrl: pharmacy,
        resource: {
          resourceType: 'Organization',
          identifier: [
            {
              system: CODE_SYSTEMS.npi,
              value: options.providerNpi ?? '1548206097',
            },
          ],
          name: 'Riverside Home Infusion Pharmacy',
        },
      },
      {
        fullUrl: coverage,
        resource: {
          resourceType: 'Coverage',
          status: 'active',
          subscriberId: options.memberId ?? 'ACM48151623',
          beneficiary: { reference: patient },
          relationship: {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/subscriber-relationship',
                code: 'self',
              },
            ],
          },
          payor: [{ reference: insurer }],
        },
      },
      {
        fullUrl: prescriber,
        resource: {
          resourceType: 'Practitioner',
          identifier: [{ system: CODE_SYSTEMS.npi, value: '1912345678' }],
          name: [{ family: 'Lindqvist', given: ['Maja'] }],
        },
      },
      {
        fullUrl: medication,
        resource: {
          resourceType: 'MedicationRequest',
          status: 'active',
          intent: 'order',
          medicationCodeableConcept: {
            text: options.medication ?? 'Privigen 10% 28 g IV every 28 days',
          },
          subject: { reference: patient },
          requester: { reference: prescriber },
          authoredOn: isoDay(-2),
        },
      },
      {
        fullUrl: document,
        resource: {
          resourceType: 'DocumentReference',
          status: 'current',
          type: { text: 'Prescription' },
          description: 'Signed IVIG prescription',
          subject: { reference: patient },
          content: [{ attachment: { contentType: 'application/pdf', data: 'JVBERi0xLjQK' } }],
        },
      },
      ...labs.map(({ fullUrl, lab }) => ({
        fullUrl,
        resource: {
          resourceType: 'Observation',
          status: 'final',
          code: {
            coding: [
              { system: CODE_SYSTEMS.loinc, code: LAB_LOINC[lab.code].code, display: lab.code },
            ],
          },
          subject: { reference: patient },
          effectiveDateTime: isoDay(-lab.daysAgo),
          valueQuantity: {
            value: lab.value,
            unit: lab.unit,
            system: CODE_SYSTEMS.ucum,
            code: lab.unit,
          },
        },
      })),
    ],
  };
}
