import { type Refusal } from '../domain/visit-record';
import { type VisitStatus } from '../domain/visit';

/** What became of one update of a batch, as the device is told. */
export type UpdateResult = { clientUpdateId: string } & (
  | { status: 'applied' | 'already_applied' }
  | ({ status: 'refused' } & (Refusal | { reason: 'AT_IN_FUTURE'; message: string }))
);

export interface BatchResult {
  visitId: string;
  patientId: string;
  visitStatus: VisitStatus;
  results: UpdateResult[];
  /** Some updates came after the note was locked (signed or missed): the answer is a 409. */
  locked: boolean;
}
