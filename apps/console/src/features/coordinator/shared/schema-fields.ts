import { z } from 'zod';
import { todayInPharmacy } from '../../../ui/time';

// The pieces the coordinator's form schemas are built of. A field holds what was typed: text
// trimmed when checked, '' when empty, a number or the text on its way to one. The schemas
// check the contract's shapes; ranges that are the services' settings stay the services' to
// judge, and their 400s land beside the same fields.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function text(max: number) {
  return z.string().trim().max(max, `At most ${max} characters`);
}

export function requiredText(max: number, message = 'Required') {
  return text(max).min(1, message);
}

/** One of a vocabulary's values. */
export function oneOf<Value extends string>(words: Record<Value, unknown>) {
  return z.enum(Object.keys(words) as [Value, ...Value[]]);
}

/** One of a vocabulary's values, or '' until one is chosen. */
export function choice<Value extends string>(words: Record<Value, unknown>) {
  return z.union([oneOf(words), z.literal('')]);
}

export function requiredChoice<Value extends string>(
  words: Record<Value, unknown>,
  message = 'Choose one',
) {
  return choice(words).refine((value) => value !== '', message);
}

type NumberCheck = (value: number) => string | undefined;

const numberEntry = z.union([z.number(), z.string()]);

function checkedNumber(required: boolean, check?: NumberCheck) {
  return numberEntry.superRefine((entry, context) => {
    if (entry === '') {
      if (required) context.addIssue({ code: 'custom', message: 'Required' });
      return;
    }
    const value = Number(entry);
    const problem = Number.isFinite(value) ? check?.(value) : 'Enter a number';
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });
}

export function requiredNumber(check?: NumberCheck) {
  return checkedNumber(true, check);
}

export function optionalNumber(check?: NumberCheck) {
  return checkedNumber(false, check);
}

export const positive: NumberCheck = (value) => (value > 0 ? undefined : 'Must be more than 0');
export const notNegative: NumberCheck = (value) =>
  value >= 0 ? undefined : 'Must not be negative';
export const wholeAtLeastOne: NumberCheck = (value) =>
  Number.isInteger(value) && value >= 1 ? undefined : 'A whole number, 1 or more';

/** A typed number for the body: undefined when empty. */
export function numberOf(entry: number | string): number | undefined {
  return entry === '' ? undefined : Number(entry);
}

function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A calendar date as a date field gives it (YYYY-MM-DD), or '' when not given. */
export function optionalDate() {
  return z.string().refine((value) => value === '' || isCalendarDate(value), 'Enter a date');
}

export function requiredDate() {
  return z
    .string()
    .refine((value) => value !== '', 'Required')
    .refine((value) => value === '' || isCalendarDate(value), 'Enter a date');
}

/** A date today at the latest, in the pharmacy's time zone (as the services judge it). */
export function pastDate() {
  return requiredDate().refine(
    (value) => !isCalendarDate(value) || value <= todayInPharmacy(),
    'Must not be in the future',
  );
}

/** The text, or undefined when it is empty: optional fields are left out of a body. */
export function given(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
