import { Injectable } from '@nestjs/common';
import { type DocumentReference, type LabResult } from '@infuse/contracts';
import { type EntityManager } from 'typeorm';

export type FlaggedItem =
  { kind: 'document'; item: DocumentReference } | { kind: 'lab'; item: LabResult };

/** Documents and labs that arrived after a request was sent, until a submission sends them. */
@Injectable()
export class AuthorizationFlagRepository {
  async flag(
    manager: EntityManager,
    authorizationIds: readonly string[],
    flagged: FlaggedItem,
    added: { by: string; at: Date },
  ): Promise<void> {
    if (authorizationIds.length === 0) return;
    await manager.query(
      `INSERT INTO authorization_flag (authorization_id, kind, item, added_at, added_by)
       SELECT id, $2, $3, $4, $5 FROM unnest($1::uuid[]) AS id`,
      [authorizationIds, flagged.kind, JSON.stringify(flagged.item), added.at, added.by],
    );
  }

  /** A submission sends everything the referral holds: what was flagged is now sent. */
  async markSent(
    manager: EntityManager,
    authorizationId: string,
    submissionId: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE authorization_flag SET sent_in_submission = $2 WHERE authorization_id = $1 AND sent_in_submission IS NULL`,
      [authorizationId, submissionId],
    );
  }
}
