import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A field nurse as whoever assigns visits chooses her: who she is and where she works. */
export interface NurseView {
  nurseId: string;
  displayName: string;
  /** The postal-code prefixes of her territory, shortest first. */
  postalPrefixes: string[];
}

/** The active field nurses, by name: the choices for assigning a visit. */
@Injectable()
export class ListNursesQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(): Promise<NurseView[]> {
    const rows = await this.dataSource.query<
      { nurse_id: string; display_name: string; postal_prefixes: string[] }[]
    >(
      `SELECT n.nurse_id, n.display_name,
              coalesce(array_agg(t.postal_prefix ORDER BY length(t.postal_prefix), t.postal_prefix)
                         FILTER (WHERE t.postal_prefix IS NOT NULL), '{}') AS postal_prefixes
         FROM nurse n LEFT JOIN nurse_territory t ON t.nurse_id = n.nurse_id
        WHERE n.active
        GROUP BY n.nurse_id, n.display_name
        ORDER BY n.display_name, n.nurse_id`,
    );
    return rows.map((row) => ({
      nurseId: row.nurse_id,
      displayName: row.display_name,
      postalPrefixes: row.postal_prefixes,
    }));
  }
}
