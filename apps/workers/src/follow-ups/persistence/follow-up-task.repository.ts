import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type FollowUpKind } from '@infuse/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { type FollowUpSubject, type FollowUpTask } from '../domain/follow-up-task';
import { TASK_COLUMNS, type FollowUpTaskRow, taskOf, valuesOf } from './follow-up-task.row';

/** Which open tasks an event closes: those of its subject, of the given kinds. */
export type TaskMatch = Partial<
  Pick<FollowUpSubject, 'referralId' | 'authorizationId' | 'visitId'>
> & {
  kinds?: readonly FollowUpKind[];
};

const PLACEHOLDERS = TASK_COLUMNS.split(',')
  .map((_column, index) => `$${index + 1}`)
  .join(', ');

/** The follow-up tasks, one row each; rows change under their row lock. */
@Injectable()
export class FollowUpTaskRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Stores a new task unless one of the same kind exists for the same fact, and says whether it
   * was new: the inbox stops the same event twice, this stops the same fact in two events.
   */
  async addIfAbsent(manager: EntityManager, task: FollowUpTask): Promise<boolean> {
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO follow_up_task (${TASK_COLUMNS}) VALUES (${PLACEHOLDERS})
       ON CONFLICT (kind, subject_key) DO NOTHING RETURNING id`,
      valuesOf(task),
    );
    return inserted.length === 1;
  }

  /** Whether the referral has an open task of this kind (one chase per referral at a time). */
  async hasOpen(manager: EntityManager, kind: FollowUpKind, referralId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM follow_up_task
        WHERE kind = $1 AND referral_id = $2 AND closed_at IS NULL LIMIT 1`,
      [kind, referralId],
    );
    return rows.length > 0;
  }

  /** The task, locked for the caller's transaction. */
  async lock(manager: EntityManager, id: string): Promise<FollowUpTask | undefined> {
    const [row] = await manager.query<FollowUpTaskRow[]>(
      `SELECT ${TASK_COLUMNS} FROM follow_up_task WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row ? taskOf(row) : undefined;
  }

  /** The tasks, locked for the caller's transaction in id order (so batches never deadlock). */
  async lockAll(manager: EntityManager, ids: readonly string[]): Promise<FollowUpTask[]> {
    const rows = await manager.query<FollowUpTaskRow[]>(
      `SELECT ${TASK_COLUMNS} FROM follow_up_task WHERE id = ANY($1) ORDER BY id FOR UPDATE`,
      [ids],
    );
    return rows.map(taskOf);
  }

  /** The open tasks an event closes, locked, oldest first. */
  async lockOpen(manager: EntityManager, match: TaskMatch): Promise<FollowUpTask[]> {
    const conditions = ['closed_at IS NULL'];
    const values: unknown[] = [];
    const bind = (value: unknown) => `$${values.push(value)}`;
    if (match.referralId) conditions.push(`referral_id = ${bind(match.referralId)}`);
    if (match.authorizationId) conditions.push(`authorization_id = ${bind(match.authorizationId)}`);
    if (match.visitId) conditions.push(`visit_id = ${bind(match.visitId)}`);
    if (match.kinds) conditions.push(`kind = ANY(${bind(match.kinds)})`);
    const rows = await manager.query<FollowUpTaskRow[]>(
      `SELECT ${TASK_COLUMNS} FROM follow_up_task WHERE ${conditions.join(' AND ')}
        ORDER BY created_at, id FOR UPDATE`,
      values,
    );
    return rows.map(taskOf);
  }

  async update(manager: EntityManager, task: FollowUpTask): Promise<void> {
    const assignments = TASK_COLUMNS.split(',')
      .map((column, index) => `${column.trim()} = $${index + 1}`)
      .slice(1)
      .join(', ');
    await manager.query(`UPDATE follow_up_task SET ${assignments} WHERE id = $1`, valuesOf(task));
  }

  /** What firing changes, for many tasks in one statement. */
  async saveFirings(manager: EntityManager, tasks: readonly FollowUpTask[]): Promise<void> {
    if (tasks.length === 0) return;
    await manager.query(
      `UPDATE follow_up_task t
          SET status = f.status, priority = f.priority, reminders = f.reminders,
              job_step = f.job_step, next_run_at = f.next_run_at, updated_at = f.updated_at
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::int[],
                     $6::timestamptz[], $7::timestamptz[])
              AS f(id, status, priority, reminders, job_step, next_run_at, updated_at)
        WHERE t.id = f.id`,
      [
        tasks.map((task) => task.id),
        tasks.map((task) => task.status),
        tasks.map((task) => task.priority),
        tasks.map((task) => task.reminders),
        tasks.map((task) => task.jobStep),
        tasks.map((task) => task.nextRunAt ?? null),
        tasks.map((task) => task.updatedAt),
      ],
    );
  }

  async find(id: string): Promise<FollowUpTask | undefined> {
    const [row] = await this.dataSource.query<FollowUpTaskRow[]>(
      `SELECT ${TASK_COLUMNS} FROM follow_up_task WHERE id = $1`,
      [id],
    );
    return row ? taskOf(row) : undefined;
  }

  /** The open tasks whose job should exist, a page at a time in id order. */
  async *withPendingJobs(pageSize: number): AsyncIterable<FollowUpTask[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.dataSource.query<FollowUpTaskRow[]>(
        `SELECT ${TASK_COLUMNS} FROM follow_up_task
          WHERE next_run_at IS NOT NULL AND closed_at IS NULL AND id > $1
          ORDER BY id LIMIT $2`,
        [after, pageSize],
      );
      if (rows.length === 0) return;
      yield rows.map(taskOf);
      after = rows[rows.length - 1]?.id ?? after;
      if (rows.length < pageSize) return;
    }
  }
}
