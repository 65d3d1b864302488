import { z } from 'zod';

/**
 * A number as a form holds it (`''` while empty), checked against the bounds nursing's
 * record-updates DTOs apply, so a slip of the finger shows at the field before it is queued.
 */
export function measure(
  what: string,
  bounds: { min: number; max: number; unit: string; whole?: boolean; optional?: boolean },
) {
  return z.union([z.number(), z.literal('')]).superRefine((value, context) => {
    const problem = (message: string) => context.addIssue({ code: 'custom', message });
    if (value === '') {
      if (!bounds.optional) problem(`Enter the ${what}`);
      return;
    }
    if (bounds.whole && !Number.isInteger(value)) problem('A whole number');
    else if (value < bounds.min || value > bounds.max)
      problem(`Between ${bounds.min} and ${bounds.max} ${bounds.unit}`);
  });
}

/** The number of a checked field (a form's `''` was refused by its schema unless optional). */
export function numberOf(value: number | ''): number {
  return value === '' ? Number.NaN : value;
}
