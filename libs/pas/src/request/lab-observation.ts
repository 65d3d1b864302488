// A lab result payers weigh (IgG trough, renal function) as a US Core laboratory Observation.
import type { Observation } from 'fhir/r4';
import { loincOfLab } from '../lab-loinc';
import { CODE_SYSTEMS, US_CORE_PROFILES } from '../pas-vocabulary';
import type { BundleResourceId } from './bundle-ids';
import { LABORATORY_CATEGORY, UCUM_SPELLINGS } from './clinical-codes';
import { concept, referenceTo } from './fhir-datatypes';
import type { PasLab } from './pas-request-input';

/** Whether a lab code has a LOINC mapping; one without is left out of the request. */
export function isMappedLab(lab: PasLab): boolean {
  return loincOfLab(lab.code) !== undefined;
}

export function labObservationResource(
  lab: PasLab,
  ids: BundleResourceId,
  patient: string,
): Observation {
  const code = loincOfLab(lab.code);
  if (!code) throw new Error(`no LOINC mapping for lab code ${lab.code}`);
  return {
    resourceType: 'Observation',
    id: ids.id,
    meta: {
      profile: [US_CORE_PROFILES.observationLab, US_CORE_PROFILES.observationClinicalResult],
    },
    status: 'final',
    category: [concept(LABORATORY_CATEGORY)],
    code: concept(code),
    subject: referenceTo(patient),
    effectiveDateTime: lab.collectedOn,
    // The value stays in the unit it was reported in; only the UCUM spelling is normalised.
    valueQuantity: {
      value: lab.value,
      unit: lab.unit,
      system: CODE_SYSTEMS.ucum,
      code: UCUM_SPELLINGS[lab.unit] ?? lab.unit,
    },
  };
}
