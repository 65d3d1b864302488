import {
  findIndicationByIcd10,
  type IndicationMatch,
  isPrimaryImmunodeficiencyCode,
} from '@infuse/clinical';

// The clinical library throws on a code that is not ICD-10-CM-shaped; a provider may send one,
// and for a payer it simply matches nothing.

export function isPrimaryImmunodeficiency(code: string): boolean {
  try {
    return isPrimaryImmunodeficiencyCode(code);
  } catch {
    return false;
  }
}

export function indicationOf(code: string): IndicationMatch | undefined {
  try {
    return findIndicationByIcd10(code);
  } catch {
    return undefined;
  }
}
