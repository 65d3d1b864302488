import { randomUUID } from 'node:crypto';
import { type DataSource, type EntityManager } from 'typeorm';
import { type RecordedCall } from '../../src/intent/outbound-call-intent';
import { recordOutboundCall } from '../../src/intent/record-outbound-call';
import { eventually } from './eventually';
import { SubmitTestClaim } from './recording-handler';

/** A FHIR bundle as prior-auth will submit it; the content does not matter here. */
export const CLAIM_BUNDLE = { resourceType: 'Bundle', type: 'collection', entry: [] };

/** Records the test call inside `manager`'s transaction, as a use case does. */
export function recordClaimSubmission(
  manager: EntityManager,
): Promise<RecordedCall<{ submissionId: string }>> {
  return recordOutboundCall(manager, SubmitTestClaim, {
    request: {
      target: 'payer',
      method: 'POST',
      path: 'Claim/$submit',
      headers: { accept: 'application/fhir+json' },
      body: { text: JSON.stringify(CLAIM_BUNDLE), contentType: 'application/fhir+json' },
    },
    context: { submissionId: randomUUID() },
    correlationId: randomUUID(),
    actor: { subject: 'ic-1', role: 'intake_coordinator' },
  });
}

/** Records and commits the test call; returns its id, the Idempotency-Key. */
export async function committedClaimSubmission(dataSource: DataSource): Promise<string> {
  return (await dataSource.transaction(recordClaimSubmission)).id;
}

export interface CallRowState {
  status: string;
  attempts: number;
  last_error: string | null;
  response_status: number | null;
  body: string | null;
  locked_until: Date | null;
}

export async function callState(dataSource: DataSource, id: string): Promise<CallRowState> {
  const [row] = await dataSource.query<CallRowState[]>(
    `SELECT status, attempts, last_error, response_status, body, locked_until FROM outbound_call WHERE id = $1`,
    [id],
  );
  if (!row) throw new Error(`no outbound call ${id}`);
  return row;
}

export async function untilSucceeded(dataSource: DataSource, id: string): Promise<void> {
  await eventually(
    async () => (await callState(dataSource, id)).status === 'succeeded',
    'the call',
  );
}

export async function outcomesOf(
  dataSource: DataSource,
  id: string,
): Promise<
  { outcome: string; status: number | null; body: string | null; in_transaction: boolean }[]
> {
  return dataSource.query(
    `SELECT outcome, status, body, in_transaction FROM call_outcome WHERE call_id = $1`,
    [id],
  );
}
