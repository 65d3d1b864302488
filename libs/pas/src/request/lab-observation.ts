// A lab result payers weigh (IgG trough, renal function) as a US Core laboratory Observation.
import type { Observation } from 'fhir/r4';
import { CODE_SYSTEMS } from '../pas-vocabulary';
import type { BundleResourceId } from './bundle-ids';
import { LAB_CODES, LABORATORY_CATEGORY, UCUM_SPELLINGS } from './clinical-codes';
import { concept, referenceTo } from './fhir-datatypes';
import type { PasLab } from './pas-request-input';
import { REQUEST_PROFILES } from './request-vocabulary';

/** Whether a lab code has a LOINC mapping; one without is left out of the request. */
export function isMappedLab(lab: PasLab): boolean {
  return LAB_CODES[lab.code] !== undefined;
}

export function labObservationResource(
  lab: PasLab,
  ids: BundleResourceId,
  patient: string,
): Observation {
  const code = LAB_CODES[lab.code];
  if (!code) throw new Error(`no LOINC mapping for lab code ${lab.code}`);
  return {
    resourceType: 'Observation',
    id: ids.id,
    meta: { profile: [REQUEST_PROFILES.usCoreLab, REQUEST_PROFILES.usCoreClinicalResult] },
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
