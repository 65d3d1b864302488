import { type OutcomeIssue } from '@infuse/pas';

// PostgreSQL refuses a NUL character in text and an unpaired surrogate in jsonb; both are valid
// JSON, so they are refused before anything is stored, with the element named. A body nested
// deeper than any FHIR resource is refused too: nothing after this walks it recursively.
const MAX_DEPTH = 64;

interface Pending {
  readonly value: unknown;
  readonly path: string;
  readonly depth: number;
}

function isStorable(text: string): boolean {
  return !text.includes('\u0000') && text.isWellFormed();
}

/** Every string (keys included) a body carries that could not be stored, by FHIRPath. */
export function unstorableTextIssues(body: unknown, root: string): OutcomeIssue[] {
  const issues: OutcomeIssue[] = [];
  const pending: Pending[] = [{ value: body, path: root, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path, depth } = next;
    if (typeof value === 'string') {
      if (!isStorable(value)) issues.push(unstorable(path));
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) {
      issues.push({
        severity: 'error',
        code: 'structure',
        expression: path,
        diagnostics: 'nested too deeply',
      });
      continue;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) =>
        pending.push({ value: item, path: `${path}[${index}]`, depth: depth + 1 }),
      );
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      if (isStorable(key)) pending.push({ value: item, path: `${path}.${key}`, depth: depth + 1 });
      else issues.push(unstorable(path));
    }
  }
  return issues;
}

function unstorable(expression: string): OutcomeIssue {
  return {
    severity: 'error',
    code: 'value',
    expression,
    diagnostics: 'contains a NUL character or an unpaired surrogate',
  };
}
