import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CASE_COLUMNS, caseOf, type CaseRow } from '../persistence/assistance-case.repository';
import { type CaseView, caseViewOf } from './case-view';

/** One case, as the coordinator sees it. */
@Injectable()
export class ViewCaseQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(id: string): Promise<CaseView | undefined> {
    const [row] = await this.dataSource.query<CaseRow[]>(
      `SELECT ${CASE_COLUMNS} FROM assistance_case WHERE id = $1`,
      [id],
    );
    return row && caseViewOf(caseOf(row), { createdAt: row.created_at, updatedAt: row.updated_at });
  }
}
