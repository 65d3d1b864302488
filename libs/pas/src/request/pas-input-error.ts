/** One field of a request input the PAS profiles cannot do without, and what is wrong with it. */
export interface PasInputIssue {
  /** Path in the input, e.g. `prescriber.npi` or `documents[1].data`. */
  readonly field: string;
  readonly problem: string;
}

/**
 * The input cannot become a conformant PAS bundle. Thrown by the builders with every problem at
 * once, so the caller can fix the request in one pass instead of sending what a payer would
 * refuse.
 */
export class PasInputError extends Error {
  readonly code = 'PAS.INPUT_INCOMPLETE';

  constructor(readonly issues: readonly PasInputIssue[]) {
    super(
      `PAS request input is incomplete: ${issues.map((issue) => `${issue.field} ${issue.problem}`).join('; ')}`,
    );
    this.name = 'PasInputError';
  }
}
