import { ProblemError } from '../../api/problem';

/** Pharmacy's refusal when the verifier of a first dose tries to release it (403). */
export function isSecondPharmacistRefusal(error: unknown): boolean {
  return (
    error instanceof ProblemError &&
    error.status === 403 &&
    error.problem['code'] === 'DISPENSE.SECOND_PHARMACIST_REQUIRED'
  );
}

export const SECOND_PHARMACIST_WORDS =
  'You verified this first dose, so another pharmacist must release it: the pharmacy has a ' +
  "second pharmacist check every patient's first dose. Ask a colleague to enter the lots and " +
  'release it.';
