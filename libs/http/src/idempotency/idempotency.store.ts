import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { IdempotencyKeyReusedError } from './idempotency-key-reused.error';

export interface IdempotentRequest {
  /** Who sent it: keys are scoped per user, so two users' keys never collide. */
  subject: string;
  key: string;
  /** A hash of the request body, to tell a retry from a different request under the same key. */
  requestHash: string;
}

export type IdempotencyClaim = { kind: 'first' } | { kind: 'replay'; response: unknown };

/**
 * `Idempotency-Key` support. The key is claimed inside the transaction that does the work, so a
 * concurrent retry waits for the first attempt to commit and then gets its response.
 */
@Injectable()
export class IdempotencyStore {
  async claim(manager: EntityManager, request: IdempotentRequest): Promise<IdempotencyClaim> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO idempotency_key (subject, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`,
      [request.subject, request.key, request.requestHash],
    );
    if (inserted.length === 1) return { kind: 'first' };
    const [stored] = await manager.query<{ request_hash: string; response: unknown }[]>(
      `SELECT request_hash, response FROM idempotency_key WHERE subject = $1 AND key = $2`,
      [request.subject, request.key],
    );
    if (stored?.request_hash !== request.requestHash) {
      throw new IdempotencyKeyReusedError();
    }
    return { kind: 'replay', response: stored.response };
  }

  async complete(
    manager: EntityManager,
    request: IdempotentRequest,
    response: unknown,
  ): Promise<void> {
    await manager.query(
      `UPDATE idempotency_key SET response = $3 WHERE subject = $1 AND key = $2`,
      [request.subject, request.key, JSON.stringify(response)],
    );
  }
}
