import { type DataSource, type EntityManager } from 'typeorm';
import { type OutboundCallRow } from './outbound-call-row';

export interface Settlement {
  status: 'succeeded' | 'failed';
  responseStatus: number | null;
  lastError: string | null;
}

/**
 * The dispatcher's reads and writes of outbound_call. Every write after the claim is fenced by
 * the claim's attempt number: a dispatcher whose lease ran out and whose call was claimed again
 * by another instance changes nothing, and the other instance settles the call.
 */
export class CallStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims due calls of the kinds this process handles and leases them, in one short statement
   * that commits before any request is sent. SKIP LOCKED lets instances claim side by side: calls,
   * unlike a patient's events, have no order to keep.
   */
  async claimDue(
    limit: number,
    kinds: readonly string[],
    leaseMs: number,
  ): Promise<OutboundCallRow[]> {
    // TypeORM answers an UPDATE with [rows, count].
    const [rows] = await this.dataSource.query<[OutboundCallRow[], number]>(
      `UPDATE outbound_call
          SET attempts = attempts + 1, locked_until = now() + make_interval(secs => $3::float8 / 1000)
        WHERE id IN (
          SELECT id FROM outbound_call
           WHERE status = 'pending' AND next_attempt_at <= now()
             AND (locked_until IS NULL OR locked_until <= now()) AND kind = ANY($2::text[])
           ORDER BY next_attempt_at
           LIMIT $1
           FOR UPDATE SKIP LOCKED)
        RETURNING id, kind, target, method, path, headers, body, context, correlation_id, traceparent,
                  actor_subject, actor_role, attempts, created_at`,
      [limit, kinds, leaseMs],
    );
    return rows;
  }

  /** Leaves the call for a later dispatch, after `delayMs` (zero: as soon as any instance is free). */
  async reschedule(row: OutboundCallRow, delayMs: number, lastError: string | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbound_call
          SET next_attempt_at = now() + make_interval(secs => $3::float8 / 1000), locked_until = NULL,
              last_error = coalesce($4, last_error)
        WHERE id = $1 AND attempts = $2 AND status = 'pending'`,
      [row.id, row.attempts, delayMs, lastError],
    );
  }

  /**
   * Runs `work` (the handler) and marks the call done in one transaction, so the answer is applied
   * exactly when the call stops being pending. False when the claim was lost. The call is marked
   * first, fenced by the claim, in one statement: its row lock makes a late instance wait and
   * then find nothing, and a handler that fails rolls the mark back with its own writes.
   */
  settle(
    row: OutboundCallRow,
    settlement: Settlement,
    work: (manager: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // TypeORM answers an UPDATE with [rows, count].
      const [owned] = await manager.query<[unknown[], number]>(
        `UPDATE outbound_call
            SET status = $3, response_status = $4, last_error = $5, completed_at = now(),
                locked_until = NULL, body = NULL
          WHERE id = $1 AND attempts = $2 AND status = 'pending'
        RETURNING id`,
        [
          row.id,
          row.attempts,
          settlement.status,
          settlement.responseStatus,
          settlement.lastError,
        ],
      );
      if (owned.length === 0) return false;
      await work(manager);
      return true;
    });
  }
}
