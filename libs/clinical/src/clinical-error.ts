/** Stable codes of the domain errors thrown by the clinical rules. */
export type ClinicalErrorCode =
  | 'CLINICAL.UNKNOWN_PRODUCT'
  | 'CLINICAL.UNKNOWN_INDICATION'
  | 'CLINICAL.INVALID_WEIGHT'
  | 'CLINICAL.INVALID_HEIGHT'
  | 'CLINICAL.INVALID_DOSE'
  | 'CLINICAL.INVALID_DATE'
  | 'CLINICAL.INVALID_INTERVAL'
  | 'CLINICAL.INVALID_INPUT'
  | 'CLINICAL.ROUTE_NOT_AVAILABLE'
  | 'CLINICAL.PHASE_REQUIRED'
  | 'CLINICAL.NO_VIAL_SIZES'
  | 'CLINICAL.NO_RATE_PROTOCOL'
  | 'CLINICAL.NOT_SCIG_PRODUCT';

/**
 * An invalid input to a clinical rule (negative weight, unknown product, malformed date...).
 * Callers map `code` to their own error responses; the message is for logs and humans.
 */
export class ClinicalError extends Error {
  override readonly name = 'ClinicalError';

  constructor(
    readonly code: ClinicalErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** Returns `value` when it is a finite number > 0; otherwise throws a ClinicalError with `code`. */
export function requirePositive(value: number, code: ClinicalErrorCode, what: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new ClinicalError(code, `${what} must be a positive number, got ${value}`, {
      [what]: value,
    });
  }
  return value;
}
