/** An RFC 9457 problem document, as every Infuse service and the gateway answer errors. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

/** One bad field: a JSON Pointer into the body, or a query parameter or header name. */
export type FieldProblem =
  | { pointer: string; detail: string }
  | { parameter: string; detail: string }
  | { header: string; detail: string };

/** A request the server refused: carries the problem document it answered. */
export class ProblemError extends Error {
  constructor(readonly problem: ProblemDocument) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
  }

  get status(): number {
    return this.problem.status;
  }
}

/** The request never got an answer: the device is offline or the gateway is unreachable. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('No connection to Infuse', { cause });
    this.name = 'NetworkError';
  }
}

const PLAIN_WORDS: Record<number, string> = {
  400: 'Some of what was entered needs attention.',
  401: 'Your session has ended. Sign in again.',
  403: 'Your role does not allow this.',
  404: 'This was not found. It may have been removed, or it is not yours to see.',
  409: 'This changed while you were working on it. Reload and try again.',
  413: 'The file is too large.',
  415: 'This kind of file is not accepted.',
  422: 'This cannot be done in its current state.',
  429: 'Too many requests. Wait a moment and try again.',
};

/** What went wrong, in words a coordinator, payer, pharmacist or nurse can act on. */
export function plainWords(error: unknown): string {
  if (error instanceof NetworkError) return 'No connection. Check the network and try again.';
  if (error instanceof ProblemError) {
    const general =
      PLAIN_WORDS[error.status] ??
      (error.status >= 500
        ? 'Infuse could not finish this. Try again in a moment.'
        : 'The request was refused.');
    const detail = error.problem.detail;
    return detail && detail !== general ? `${general} ${detail}` : general;
  }
  return 'Something went wrong in the console. Reload the page.';
}

/**
 * The field problems of a 400, keyed by form path: `#/patient/birthDate` → `patient.birthDate`,
 * `#/labs/0/value` → `labs.0.value` (react-hook-form's path syntax); parameters by name.
 */
export function fieldProblems(error: unknown): Map<string, string> {
  const found = new Map<string, string>();
  if (!(error instanceof ProblemError)) return found;
  for (const problem of error.problem.errors ?? []) {
    const key =
      'pointer' in problem
        ? problem.pointer
            .replace(/^#?\/?/, '')
            .split('/')
            .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
            .join('.')
        : 'parameter' in problem
          ? problem.parameter
          : problem.header;
    if (!found.has(key)) found.set(key, problem.detail);
  }
  return found;
}
