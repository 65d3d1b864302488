import { ClinicalError } from './clinical-error';

/** Test helper: runs `action` and returns the ClinicalError it throws; fails otherwise. */
export function catchClinicalError(action: () => unknown): ClinicalError {
  try {
    action();
  } catch (error) {
    if (error instanceof ClinicalError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a ClinicalError, but nothing was thrown');
}
