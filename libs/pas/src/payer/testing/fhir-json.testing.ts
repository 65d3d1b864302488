// Test data only: FHIR JSON forbids empty arrays, empty objects, empty strings and nulls; the
// paths of any an answer carries.
export function fhirJsonProblems(value: unknown, path = '$'): string[] {
  if (value === null) return [`${path} is null`];
  if (value === '') return [`${path} is an empty string`];
  if (Array.isArray(value))
    return value.length === 0
      ? [`${path} is an empty array`]
      : value.flatMap((item, index) => fhirJsonProblems(item, `${path}[${index}]`));
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length === 0
      ? [`${path} is an empty object`]
      : entries.flatMap(([key, item]) =>
          item === undefined ? [] : fhirJsonProblems(item, `${path}.${key}`),
        );
  }
  return [];
}
