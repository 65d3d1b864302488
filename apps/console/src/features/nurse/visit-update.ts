// The updates the nurse's device sends are the contract nursing shares (libs/contracts); this is
// what the service answers a batch with (apps/nursing/src/record-updates/update-result.ts).

/** Why the service refused an update: a stable code, words for the nurse, and what it allows. */
export interface Refusal {
  reason: string;
  message: string;
  allowedMlPerHour?: number;
  earliestAt?: string;
}

/** What became of one update of a batch. */
export type UpdateResult = { clientUpdateId: string } & (
  { status: 'applied' | 'already_applied' } | ({ status: 'refused' } & Refusal)
);

/** The answer to a batch (also the body of its 409 when the note was already locked). */
export interface BatchResult {
  visitId: string;
  visitStatus: string;
  results: UpdateResult[];
  locked: boolean;
}
