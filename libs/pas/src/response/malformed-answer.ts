import type { PasAnswer } from './pas-decision';

/**
 * An answer that cannot be read as PAS says it should be: an error answer saying what was
 * missing, which prior-auth records for a person to look at instead of acting on it.
 */
export function malformed(message: string, location?: string): PasAnswer {
  return { kind: 'error', errors: [{ message, ...(location ? { location } : {}) }] };
}
