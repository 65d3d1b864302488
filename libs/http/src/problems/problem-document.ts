/**
 * One bad field of a request: a JSON Pointer into the body (RFC 6901, as a URI fragment), or the
 * name of the query parameter or header at fault.
 */
export type FieldProblem =
  | { pointer: string; detail: string }
  | { parameter: string; detail: string }
  | { header: string; detail: string };

/** An RFC 9457 problem document, the body of every error response. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types of our own; plain HTTP statuses use `about:blank` as RFC 9457 recommends. */
export function problemType(slug: string): string {
  return `urn:infuse:problem:${slug}`;
}
