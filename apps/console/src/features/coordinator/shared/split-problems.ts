import { fieldProblems } from '../../../api/problem';

/**
 * A refusal's field problems split between the form's fields and the rest. `fieldOf` names the
 * form field a body path belongs to (e.g. a document's `contentBase64` to its file), or
 * undefined when no field of the form shows it.
 */
export function splitProblems(
  error: unknown,
  fieldOf: (path: string) => string | undefined,
): { fields: Map<string, string>; unplaced: string[] } {
  const fields = new Map<string, string>();
  const unplaced: string[] = [];
  for (const [path, detail] of fieldProblems(error)) {
    const field = fieldOf(path);
    if (field) {
      if (!fields.has(field)) fields.set(field, detail);
    } else unplaced.push(path ? `${path}: ${detail}` : detail);
  }
  return { fields, unplaced };
}
