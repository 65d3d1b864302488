import {
  findIndicationByIcd10,
  isCidpOrMmnCode,
  isPrimaryImmunodeficiencyCode,
} from '@infuse/clinical';

export interface DiagnosisClass {
  /** Not one of the indications the clinical library knows: accepted, flagged for review. */
  offLabel: boolean;
  isPrimaryImmunodeficiency: boolean;
  isCidpOrMmn: boolean;
}

export function classifyDiagnosis(code: string): DiagnosisClass {
  return {
    offLabel: findIndicationByIcd10(code) === undefined,
    isPrimaryImmunodeficiency: isPrimaryImmunodeficiencyCode(code),
    isCidpOrMmn: isCidpOrMmnCode(code),
  };
}
