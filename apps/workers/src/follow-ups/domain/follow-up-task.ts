import { type FollowUpKind, type FollowUpPriority } from '@infuse/contracts';

/**
 * Where a task stands: `scheduled` until its due time, then `due` (or `escalated` after its
 * reminders went unanswered) until a person completes it or an event resolves it; `completed`
 * and `cancelled` are final.
 */
export const FOLLOW_UP_STATUSES = [
  'scheduled',
  'due',
  'escalated',
  'completed',
  'cancelled',
] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const OPEN_STATUSES: readonly FollowUpStatus[] = ['scheduled', 'due', 'escalated'];

/** The kinds a pharmacist works: they are about the patient's safety and labs. */
export const CLINICAL_KINDS: readonly FollowUpKind[] = [
  'adverse_reaction',
  'hemolysis_labs',
  'trough_igg',
];

/** What a task is about, beyond its patient and referral. */
export interface FollowUpSubject {
  patientId: string;
  referralId: string;
  authorizationId?: string;
  dispenseId?: string;
  visitId?: string;
}

/** A task to open, as an event asks for it. */
export interface FollowUpPlan extends FollowUpSubject {
  kind: FollowUpKind;
  /** The fact it comes from: the same fact twice opens one task. */
  subjectKey: string;
  priority: FollowUpPriority;
  dueAt: Date;
  /** For labs drawn in a window: when the window closes. */
  windowEndsAt?: Date;
  /** What the person working the task needs to know (codes, dates, the reason). */
  details: Record<string, string | number | boolean>;
}

export interface FollowUpTask extends FollowUpPlan {
  id: string;
  status: FollowUpStatus;
  reminders: number;
  /** Numbers the task's job: a new step for every reschedule, so an old job finds it moved on. */
  jobStep: number;
  /** When the task's job runs; undefined while it waits on a person or an event. */
  nextRunAt?: Date;
  traceparent?: string;
  note?: string;
  closedBy?: string;
  resolvedBy?: string;
  closedAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}

export function isOpen(task: Pick<FollowUpTask, 'status'>): boolean {
  return OPEN_STATUSES.includes(task.status);
}

/** A new task, scheduled for its due time (a time already past runs its job at once). */
export function openTask(
  plan: FollowUpPlan,
  id: string,
  now: Date,
  traceparent?: string,
): FollowUpTask {
  return {
    ...plan,
    id,
    status: 'scheduled',
    reminders: 0,
    jobStep: 1,
    nextRunAt: plan.dueAt,
    traceparent,
    createdAt: now,
    updatedAt: now,
  };
}
