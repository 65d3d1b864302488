// The parties of a request: the patient, their coverage, the payer, the pharmacy that asks, and
// the prescriber. Each is built once per bundle and referenced from everywhere it is needed
// [PAS-SPEC spec-18].
import type {
  Coverage,
  Identifier,
  Organization,
  Patient,
  Practitioner,
  PractitionerRole,
} from 'fhir/r4';
import {
  CODE_SYSTEMS,
  IDENTIFIER_SYSTEMS,
  IDENTIFIER_TYPES,
  PAS_PROFILES,
  memberIdSystem,
} from '../pas-vocabulary';
import type { BundleResourceId } from './bundle-ids';
import { PAYMENT_TYPOLOGY } from './clinical-codes';
import { concept, phone, referenceTo, usAddress } from './fhir-datatypes';
import type { PasRequestInput } from './pas-request-input';
import { ENTITY_CODES, SELF_RELATIONSHIP } from './x12-request-codes';

type Parties = Pick<PasRequestInput, 'pharmacy' | 'payer' | 'patient' | 'coverage'>;

function memberIdentifier(input: Parties): Identifier {
  return {
    type: concept(IDENTIFIER_TYPES.member),
    system: memberIdSystem(input.payer.id),
    value: input.coverage.memberId,
  };
}

/**
 * The patient (profile-beneficiary). The member id is on the Patient too, as the slice PAS
 * identifies the patient by in an inquiry [PAS-SPEC "Prior Authorization Inquiries"].
 */
export function patientResource(input: Parties, ids: BundleResourceId): Patient {
  const { patient } = input;
  const identifiers: Identifier[] = [
    memberIdentifier(input),
    { system: IDENTIFIER_SYSTEMS.patient, value: patient.id },
  ];
  if (patient.mrn)
    identifiers.push({
      type: concept(IDENTIFIER_TYPES.medicalRecord),
      system: IDENTIFIER_SYSTEMS.mrn,
      value: patient.mrn,
    });
  return {
    resourceType: 'Patient',
    id: ids.id,
    meta: { profile: [PAS_PROFILES.beneficiary] },
    identifier: identifiers,
    name: [{ family: patient.lastName, given: [patient.firstName] }],
    ...(patient.phone ? { telecom: [phone(patient.phone, 'home')] } : {}),
    gender: patient.sex,
    birthDate: patient.dateOfBirth,
    ...(patient.address ? { address: [usAddress(patient.address)] } : {}),
  };
}

/** The coverage the request is made under (profile-coverage): member id, payer, group. */
export function coverageResource(
  input: Parties,
  ids: BundleResourceId,
  refs: { patient: string; insurer: string },
): Coverage {
  const type = PAYMENT_TYPOLOGY[input.coverage.planType];
  return {
    resourceType: 'Coverage',
    id: ids.id,
    meta: { profile: [PAS_PROFILES.coverage] },
    identifier: [memberIdentifier(input)],
    status: 'active',
    ...(type ? { type: concept(type) } : {}),
    subscriberId: input.coverage.memberId,
    beneficiary: referenceTo(refs.patient),
    relationship: concept(...SELF_RELATIONSHIP),
    payor: [referenceTo(refs.insurer)],
    ...(input.coverage.groupNumber
      ? {
          class: [
            {
              type: concept({
                system: 'http://terminology.hl7.org/CodeSystem/coverage-class',
                code: 'group',
              }),
              value: input.coverage.groupNumber,
            },
          ],
        }
      : {}),
  };
}

/** The payer that decides (profile-insurer), named by Infuse's payer id. */
export function insurerResource(input: Parties, ids: BundleResourceId): Organization {
  return {
    resourceType: 'Organization',
    id: ids.id,
    meta: { profile: [PAS_PROFILES.insurer] },
    identifier: [
      {
        type: concept(IDENTIFIER_TYPES.payerId),
        system: IDENTIFIER_SYSTEMS.payer,
        value: input.payer.id,
      },
    ],
    active: true,
    type: [concept(ENTITY_CODES.payer)],
    name: input.payer.name,
  };
}

/** The dispensing pharmacy that asks (profile-requestor), by NPI. */
export function requestorResource(input: Parties, ids: BundleResourceId): Organization {
  const { pharmacy } = input;
  return {
    resourceType: 'Organization',
    id: ids.id,
    meta: { profile: [PAS_PROFILES.requestor] },
    identifier: [{ system: CODE_SYSTEMS.npi, value: pharmacy.npi }],
    active: true,
    type: [concept(ENTITY_CODES.provider)],
    name: pharmacy.name,
    ...(pharmacy.phone ? { telecom: [phone(pharmacy.phone, 'work')] } : {}),
    ...(pharmacy.address ? { address: [usAddress(pharmacy.address)] } : {}),
  };
}

/** The prescriber (profile-practitioner), by NPI. */
export function prescriberResource(
  prescriber: PasRequestInput['prescriber'],
  ids: BundleResourceId,
): Practitioner {
  return {
    resourceType: 'Practitioner',
    id: ids.id,
    meta: { profile: [PAS_PROFILES.practitioner] },
    identifier: [{ system: CODE_SYSTEMS.npi, value: prescriber.npi }],
    name: [{ family: prescriber.lastName, given: [prescriber.firstName] }],
    ...(prescriber.phone ? { telecom: [phone(prescriber.phone, 'work')] } : {}),
  };
}

/**
 * The prescriber in the role the Claim's care team points at (profile-practitionerrole; the care
 * team cannot point at a Practitioner directly). US Core requires a PractitionerRole to carry a
 * telecom or an endpoint (pd-1), so without the prescriber's phone there is no role, and the
 * prescriber reaches the payer as the order's requester only.
 */
export function prescriberRoleResource(
  prescriber: PasRequestInput['prescriber'],
  ids: BundleResourceId,
  practitioner: string,
): PractitionerRole | undefined {
  if (!prescriber.phone) return undefined;
  return {
    resourceType: 'PractitionerRole',
    id: ids.id,
    meta: { profile: [PAS_PROFILES.practitionerRole] },
    practitioner: referenceTo(practitioner),
    telecom: [phone(prescriber.phone, 'work')],
  };
}
