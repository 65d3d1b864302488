import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type StoredUpdate } from '../domain/visit-update';
import { type VisitUpdate } from '@infuse/contracts';

/** Every update the devices sent, once per clientUpdateId and visit. */
@Injectable()
export class VisitUpdateRepository {
  /** Stores the updates not stored yet; returns the ids of those that are new. */
  async addNew(
    manager: EntityManager,
    visitId: string,
    updates: readonly VisitUpdate[],
    by: string,
    at: Date,
  ): Promise<Set<string>> {
    if (updates.length === 0) return new Set();
    const inserted = await manager.query<{ client_update_id: string }[]>(
      `INSERT INTO visit_update (visit_id, client_update_id, at, type, update, recorded_by, received_at)
       SELECT $1, u.client_update_id, u.at, u.type, u.body, $6, $7
         FROM unnest($2::text[], $3::timestamptz[], $4::text[], $5::jsonb[])
              AS u(client_update_id, at, type, body)
       ON CONFLICT (visit_id, client_update_id) DO NOTHING
       RETURNING client_update_id`,
      [
        visitId,
        updates.map((update) => update.clientUpdateId),
        updates.map((update) => update.at),
        updates.map((update) => update.type),
        updates.map((update) => JSON.stringify(update)),
        by,
        at,
      ],
    );
    return new Set(inserted.map((row) => row.client_update_id));
  }

  /** Which of these ids are stored for the visit already. */
  async known(
    manager: EntityManager,
    visitId: string,
    ids: readonly string[],
  ): Promise<Set<string>> {
    const rows = await manager.query<{ client_update_id: string }[]>(
      `SELECT client_update_id FROM visit_update WHERE visit_id = $1 AND client_update_id = ANY($2)`,
      [visitId, ids],
    );
    return new Set(rows.map((row) => row.client_update_id));
  }

  async all(manager: EntityManager, visitId: string): Promise<StoredUpdate[]> {
    const rows = await manager.query<{ update: VisitUpdate; recorded_by: string }[]>(
      `SELECT update, recorded_by FROM visit_update WHERE visit_id = $1`,
      [visitId],
    );
    return rows.map((row) => ({ ...row.update, by: row.recorded_by }));
  }
}
