import { splitProblems } from '../shared/split-problems';

// Where intake's 400s go on the new-referral form. A field problem names a JSON Pointer into the
// body (#/labs/0/value), read as a form path (labs.0.value); most are the form's own paths. The
// body's derived fields belong to the field they come from: a document's contents and content
// type to its file, a lab's unit to its value (the unit is the code's). Anything else (the body
// as a whole, a list's length) goes to the summary at the top of the form.

const FIELD_PATHS: RegExp[] = [
  /^patient\.(mrn|firstName|lastName|dateOfBirth|sex|heightCm|weightKg|bloodType|allergies|conditions|phone)$/,
  /^patient\.address\.(line1|line2|city|state|postalCode)$/,
  /^prescriber\.(npi|firstName|lastName|phone|specialty)$/,
  /^order\.(therapy|diagnosisCode|productPreference|doseGramsPerKg|infusionDays|intervalDays|startDate|durationMonths|newStart)$/,
  /^insurance\.(planType|payerId|payerName|memberId|groupNumber)$/,
  /^labs\.\d+\.(code|value|collectedOn)$/,
  /^documents\.\d+\.(type|title|file)$/,
];

/** The form field a body path's problem is shown beside, or undefined for the summary. */
export function formPathOf(path: string): string | undefined {
  const field = path
    // One of a list field's entries: the list field (patient.allergies.2 → patient.allergies).
    .replace(/^(patient\.(allergies|conditions))\.\d+$/, '$1')
    .replace(/^(documents\.\d+)\.(contentBase64|contentType)$/, '$1.file')
    .replace(/^(labs\.\d+)\.unit$/, '$1.value')
    .replace(/^patient\.address$/, 'patient.address.line1');
  return FIELD_PATHS.some((pattern) => pattern.test(field)) ? field : undefined;
}

/** A refusal's field problems, each beside its field or in the summary. */
export function placeProblems(error: unknown) {
  return splitProblems(error, formPathOf);
}
