import { type FieldProblem } from '../problems/problem-document';
import { jsonPointer } from './json-pointer';

// PostgreSQL refuses a NUL character in text and an unpaired surrogate in jsonb; both are
// valid JSON, so they are refused here, with the field named, before anything is stored.
function isStorable(text: string): boolean {
  return !text.includes('\u0000') && text.isWellFormed();
}

const DETAIL = 'contains a NUL character or an unpaired surrogate';

/** Every string in a parsed JSON body (keys included) that could not be stored. */
export function unstorableTextIn(value: unknown, path: (string | number)[] = []): FieldProblem[] {
  if (typeof value === 'string')
    return isStorable(value) ? [] : [{ pointer: jsonPointer(path), detail: DETAIL }];
  if (Array.isArray(value))
    return value.flatMap((item, index) => unstorableTextIn(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      isStorable(key)
        ? unstorableTextIn(item, [...path, key])
        : [{ pointer: jsonPointer([...path, key]), detail: DETAIL }],
    );
  }
  return [];
}

/** The query parameters whose values could not be stored. */
export function unstorableParameters(query: unknown): FieldProblem[] {
  if (query === null || typeof query !== 'object') return [];
  return Object.entries(query as Record<string, unknown>)
    .filter(([name, value]) => !isStorable(name) || unstorableTextIn(value).length > 0)
    .map(([name]) => ({ parameter: name, detail: DETAIL }));
}
