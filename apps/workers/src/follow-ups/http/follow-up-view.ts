import { type FollowUpKind, type FollowUpPriority } from '@infuse/contracts';
import { type FollowUpStatus, type FollowUpTask } from '../domain/follow-up-task';

/** A task as the task API shows it. */
export interface FollowUpView {
  id: string;
  kind: FollowUpKind;
  status: FollowUpStatus;
  priority: FollowUpPriority;
  /** True once its reminders went unanswered: shown as escalated. */
  escalated: boolean;
  patientId: string;
  referralId: string;
  authorizationId: string | null;
  dispenseId: string | null;
  visitId: string | null;
  dueAt: string;
  windowEndsAt: string | null;
  reminders: number;
  details: Record<string, string | number | boolean>;
  note: string | null;
  closedBy: string | null;
  resolvedBy: string | null;
  closedAt: string | null;
  createdAt: string;
}

export function followUpViewOf(task: FollowUpTask): FollowUpView {
  return {
    id: task.id,
    kind: task.kind,
    status: task.status,
    priority: task.priority,
    escalated: task.status === 'escalated',
    patientId: task.patientId,
    referralId: task.referralId,
    authorizationId: task.authorizationId ?? null,
    dispenseId: task.dispenseId ?? null,
    visitId: task.visitId ?? null,
    dueAt: task.dueAt.toISOString(),
    windowEndsAt: task.windowEndsAt?.toISOString() ?? null,
    reminders: task.reminders,
    details: task.details,
    note: task.note ?? null,
    closedBy: task.closedBy ?? null,
    resolvedBy: task.resolvedBy ?? null,
    closedAt: task.closedAt?.toISOString() ?? null,
    createdAt: task.createdAt.toISOString(),
  };
}
