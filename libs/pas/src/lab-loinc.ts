// The LOINC code of each lab Infuse records, in one table for both ends: the request builder
// codes the labs it sends with it, and the payer's rules look for the same codes among the
// Observations they read.
import type { Coding } from 'fhir/r4';
import { CODE_SYSTEMS } from './pas-vocabulary';

const loinc = (code: string, display: string) =>
  ({ system: CODE_SYSTEMS.loinc, code, display }) as const;

/**
 * LOINC for each lab code of the referral vocabulary (LAB_UNITS); serum or plasma mass
 * concentrations unless named otherwise. IgG trough and renal function (BUN, creatinine) are what
 * payers ask for [PH2][MMO]; the others are mapped so none is dropped by accident when the caller
 * passes it.
 */
export const LAB_LOINC = {
  IgG: loinc('2465-3', 'IgG [Mass/volume] in Serum or Plasma'),
  IgA: loinc('2458-8', 'IgA [Mass/volume] in Serum or Plasma'),
  IgM: loinc('2472-9', 'IgM [Mass/volume] in Serum or Plasma'),
  BUN: loinc('3094-0', 'Urea nitrogen [Mass/volume] in Serum or Plasma'),
  creatinine: loinc('2160-0', 'Creatinine [Mass/volume] in Serum or Plasma'),
  hemoglobin: loinc('718-7', 'Hemoglobin [Mass/volume] in Blood'),
  platelets: loinc('777-3', 'Platelets [#/volume] in Blood by Automated count'),
} satisfies Record<string, Coding>;

const BY_LAB_CODE: Readonly<Record<string, Coding>> = LAB_LOINC;

/** The LOINC coding of an Infuse lab code; none for a code without a mapping. */
export function loincOfLab(code: string): Coding | undefined {
  return BY_LAB_CODE[code];
}
