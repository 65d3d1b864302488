import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';

/** A field nurse and the postal-code prefixes she covers. */
export interface NurseTerritory {
  nurseId: string;
  displayName: string;
  postalPrefixes: string[];
}

/** The field nurses and their territories. */
@Injectable()
export class NurseDirectoryRepository {
  /** The active nurse whose territory matches the postal code most closely (longest prefix). */
  async nurseFor(manager: EntityManager, postalCode: string): Promise<string | undefined> {
    const [row] = await manager.query<{ nurse_id: string }[]>(
      `SELECT t.nurse_id
         FROM nurse_territory t JOIN nurse n ON n.nurse_id = t.nurse_id
        WHERE n.active AND left($1, 5) LIKE t.postal_prefix || '%'
        ORDER BY length(t.postal_prefix) DESC, t.nurse_id
        LIMIT 1`,
      [postalCode],
    );
    return row?.nurse_id;
  }

  async isActive(manager: EntityManager, nurseId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM nurse WHERE nurse_id = $1 AND active`,
      [nurseId],
    );
    return rows.length === 1;
  }

  /** Adds nurses and territories that are not there yet; changes none that are. */
  async addMissing(manager: EntityManager, nurses: readonly NurseTerritory[]): Promise<void> {
    for (const nurse of nurses) {
      await manager.query(
        `INSERT INTO nurse (nurse_id, display_name) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [nurse.nurseId, nurse.displayName],
      );
      await manager.query(
        `INSERT INTO nurse_territory (nurse_id, postal_prefix)
         SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
        [nurse.nurseId, nurse.postalPrefixes],
      );
    }
  }
}
