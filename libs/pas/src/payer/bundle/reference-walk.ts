import { isRecord, type JsonRecord } from '../../fhir/json-values';

/** A literal reference found in a resource, and the FHIRPath of the Reference element. */
export interface FoundReference {
  readonly path: string;
  readonly reference: string;
}

// Deeper than any FHIR resource nests; a body built to exhaust the stack is simply not walked
// further (the app refuses such bodies before they get here).
const MAX_DEPTH = 64;

/** Every `Reference.reference` inside a resource, wherever it sits (extensions included). */
export function referencesIn(resource: JsonRecord, path: string): FoundReference[] {
  const found: FoundReference[] = [];
  walk(resource, path, 0, found);
  return found;
}

function walk(value: unknown, path: string, depth: number, found: FoundReference[]): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, `${path}[${index}]`, depth + 1, found));
    return;
  }
  if (!isRecord(value)) return;
  const reference = value['reference'];
  if (typeof reference === 'string') {
    found.push({ path, reference });
    return;
  }
  for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`, depth + 1, found);
}
