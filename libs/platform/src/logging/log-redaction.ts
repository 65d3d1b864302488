/**
 * Patient fields that must never reach a log line, wherever an object carrying them is logged.
 * A safety net: request bodies and query strings are not logged in the first place.
 */
const PATIENT_FIELDS = [
  'firstName',
  'lastName',
  'dateOfBirth',
  'mrn',
  'phone',
  'email',
  'address',
  'memberId',
  'groupNumber',
  'contentBase64',
  'patient',
  'labs',
  'documents',
  'conditions',
  'allergies',
];

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  ...PATIENT_FIELDS.flatMap((field) => [field, `*.${field}`]),
];
