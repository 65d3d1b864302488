// The immunoglobulin order the Claim's item asks authorization for (profile-medicationrequest).
// It carries no extension at all: the profile slices MedicationRequest.extension on CRD's
// coverage-information extension, whose package a validator working offline does not have, so
// any extension would leave that slice unevaluable (docs/fhir-validation.md §2).
import type { Dosage, MedicationRequest } from 'fhir/r4';
import { CODE_SYSTEMS, PAS_PROFILES } from '../pas-vocabulary';
import type { BundleResourceId } from './bundle-ids';
import { ROUTES } from './clinical-codes';
import { concept, daysInclusive, referenceTo } from './fhir-datatypes';
import type { PasRequestInput } from './pas-request-input';

export interface MedicationRequestParts {
  readonly item: PasRequestInput['item'];
  readonly diagnosisCode: string;
  /** When the order is stated: the request's creation. */
  readonly authoredOn: string;
  readonly patient: string;
  readonly prescriber: string;
}

export function medicationRequestResource(
  parts: MedicationRequestParts,
  ids: BundleResourceId,
): MedicationRequest {
  const { item } = parts;
  return {
    resourceType: 'MedicationRequest',
    id: ids.id,
    meta: { profile: [PAS_PROFILES.medicationRequest] },
    status: 'active',
    intent: 'order',
    // Infused at home: "community" in the MedicationRequest category code system.
    category: [
      concept({
        system: 'http://terminology.hl7.org/CodeSystem/medicationrequest-category',
        code: 'community',
        display: 'Community',
      }),
    ],
    // The brand as text: no RxNorm code is sourced for each product and presentation.
    medicationCodeableConcept: { text: item.medication.productName },
    subject: referenceTo(parts.patient),
    authoredOn: parts.authoredOn,
    requester: referenceTo(parts.prescriber),
    reasonCode: [concept({ system: CODE_SYSTEMS.icd10cm, code: parts.diagnosisCode })],
    dosageInstruction: [dosage(item)],
    dispenseRequest: { validityPeriod: { start: item.periodStart, end: item.periodEnd } },
  };
}

/**
 * One dose every `intervalDays` days over the requested period. A dose spread over several days
 * (e.g. 2 g/kg over 2-5 days) is one occurrence lasting `infusionDays` days. PAS's timing profile
 * allows only a Duration as bounds, so the period itself is the order's validity period.
 */
function dosage(item: PasRequestInput['item']): Dosage {
  const { medication } = item;
  const spread = medication.infusionDays > 1 ? ` over ${medication.infusionDays} days` : '';
  return {
    text:
      `${medication.doseGrams} g (${medication.doseGramsPerKg} g/kg) ${medication.route} ` +
      `every ${medication.intervalDays} days${spread}, first dose ${medication.startDate}`,
    timing: {
      repeat: {
        boundsDuration: {
          value: daysInclusive(item.periodStart, item.periodEnd),
          unit: 'days',
          system: CODE_SYSTEMS.ucum,
          code: 'd',
        },
        frequency: 1,
        period: medication.intervalDays,
        periodUnit: 'd',
        ...(medication.infusionDays > 1
          ? { duration: medication.infusionDays, durationUnit: 'd' as const }
          : {}),
      },
    },
    route: concept(ROUTES[medication.route]),
    doseAndRate: [
      {
        doseQuantity: {
          value: medication.doseGrams,
          unit: 'g',
          system: CODE_SYSTEMS.ucum,
          code: 'g',
        },
      },
    ],
  };
}
