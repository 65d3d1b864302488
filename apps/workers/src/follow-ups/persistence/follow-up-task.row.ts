import { type FollowUpKind, type FollowUpPriority } from '@infuse/contracts';
import { type FollowUpStatus, type FollowUpTask } from '../domain/follow-up-task';

/** A `follow_up_task` row as PostgreSQL returns it. */
export interface FollowUpTaskRow {
  id: string;
  kind: FollowUpKind;
  subject_key: string;
  patient_id: string;
  referral_id: string;
  authorization_id: string | null;
  dispense_id: string | null;
  visit_id: string | null;
  status: FollowUpStatus;
  priority: FollowUpPriority;
  due_at: Date;
  window_ends_at: Date | null;
  reminders: number;
  job_step: number;
  next_run_at: Date | null;
  details: Record<string, string | number | boolean>;
  traceparent: string | null;
  note: string | null;
  closed_by: string | null;
  resolved_by: string | null;
  closed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export const TASK_COLUMNS = `id, kind, subject_key, patient_id, referral_id, authorization_id,
  dispense_id, visit_id, status, priority, due_at, window_ends_at, reminders, job_step,
  next_run_at, details, traceparent, note, closed_by, resolved_by, closed_at, created_at,
  updated_at`;

export function taskOf(row: FollowUpTaskRow): FollowUpTask {
  return {
    id: row.id,
    kind: row.kind,
    subjectKey: row.subject_key,
    patientId: row.patient_id,
    referralId: row.referral_id,
    authorizationId: row.authorization_id ?? undefined,
    dispenseId: row.dispense_id ?? undefined,
    visitId: row.visit_id ?? undefined,
    status: row.status,
    priority: row.priority,
    dueAt: row.due_at,
    windowEndsAt: row.window_ends_at ?? undefined,
    reminders: row.reminders,
    jobStep: row.job_step,
    nextRunAt: row.next_run_at ?? undefined,
    details: row.details,
    traceparent: row.traceparent ?? undefined,
    note: row.note ?? undefined,
    closedBy: row.closed_by ?? undefined,
    resolvedBy: row.resolved_by ?? undefined,
    closedAt: row.closed_at ?? undefined,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The row's values in TASK_COLUMNS order. */
export function valuesOf(task: FollowUpTask): unknown[] {
  return [
    task.id,
    task.kind,
    task.subjectKey,
    task.patientId,
    task.referralId,
    task.authorizationId ?? null,
    task.dispenseId ?? null,
    task.visitId ?? null,
    task.status,
    task.priority,
    task.dueAt,
    task.windowEndsAt ?? null,
    task.reminders,
    task.jobStep,
    task.nextRunAt ?? null,
    JSON.stringify(task.details),
    task.traceparent ?? null,
    task.note ?? null,
    task.closedBy ?? null,
    task.resolvedBy ?? null,
    task.closedAt ?? null,
    task.createdAt,
    task.updatedAt,
  ];
}
