import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type FollowUpKind } from '@infuse/contracts';
import { keysetCursor, type KeysetPosition, type Page, pageOf } from '@infuse/http';
import { DataSource } from 'typeorm';
import { type FollowUpStatus } from '../domain/follow-up-task';
import { followUpViewOf, type FollowUpView } from '../http/follow-up-view';
import { TASK_COLUMNS, type FollowUpTaskRow, taskOf } from '../persistence/follow-up-task.row';

/** Where a page ended: the last task's due time (PostgreSQL's text, to the microsecond) and id. */
export const FOLLOW_UP_CURSOR = keysetCursor('timestamptz', { maxLength: 200 });

export interface FollowUpFilter {
  status?: FollowUpStatus;
  kind?: FollowUpKind;
  patientId?: string;
  cursor?: KeysetPosition;
  limit: number;
}

/** The task list, soonest due first, a page at a time; `kinds` limits it to a role's kinds. */
@Injectable()
export class ListFollowUpsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(
    filter: FollowUpFilter,
    kinds: readonly FollowUpKind[] | undefined,
  ): Promise<Page<FollowUpView>> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    const bind = (value: unknown) => `$${values.push(value)}`;
    if (filter.status) conditions.push(`status = ${bind(filter.status)}`);
    if (filter.kind) conditions.push(`kind = ${bind(filter.kind)}`);
    if (kinds) conditions.push(`kind = ANY(${bind(kinds)})`);
    if (filter.patientId) conditions.push(`patient_id = ${bind(filter.patientId)}`);
    if (filter.cursor)
      conditions.push(
        `(due_at, id) > (${bind(filter.cursor.key)}::timestamptz, ${bind(filter.cursor.id)}::uuid)`,
      );
    const rows = await this.dataSource.query<(FollowUpTaskRow & { due_at_text: string })[]>(
      `SELECT ${TASK_COLUMNS}, due_at::text AS due_at_text FROM follow_up_task
        ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY due_at, id
        LIMIT ${bind(filter.limit + 1)}`,
      values,
    );
    return pageOf(
      rows,
      filter.limit,
      (last) => FOLLOW_UP_CURSOR.encode({ key: last.due_at_text, id: last.id }),
      (row) => followUpViewOf(taskOf(row)),
    );
  }
}
