import type { Page } from '../../../api/page';
import type { FollowUpKind, FollowUpPriority } from '@infuse/contracts';
import { api } from '../../../api/http';

// The workers' follow-up task routes (apps/workers/src/follow-ups: list-follow-ups,
// complete-follow-up, snooze-follow-up).

/** Where a task stands (FOLLOW_UP_STATUSES of follow-up-task.ts). */
export const FOLLOW_UP_STATUSES = [
  'scheduled',
  'due',
  'escalated',
  'completed',
  'cancelled',
] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** A task as the task API shows it (FollowUpView of follow-up-view.ts). */
export interface FollowUp {
  id: string;
  kind: FollowUpKind;
  status: FollowUpStatus;
  priority: FollowUpPriority;
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

export interface FollowUpFilter {
  status?: FollowUpStatus;
  kind?: FollowUpKind;
}

const followUp = (id: string) => `/v1/follow-ups/${encodeURIComponent(id)}`;

export const followUpsApi = {
  /** Soonest due first, a page at a time. */
  list: (filter: FollowUpFilter & { cursor?: string }, signal?: AbortSignal) =>
    api<Page<FollowUp>>('workers', '/v1/follow-ups', {
      query: { status: filter.status, kind: filter.kind, cursor: filter.cursor, limit: 25 },
      signal,
    }),
  complete: (id: string, note: string) =>
    api<FollowUp>('workers', `${followUp(id)}/complete`, { method: 'POST', body: { note } }),
  /** `until`: an instant with its offset, later than now. */
  snooze: (id: string, until: string) =>
    api<FollowUp>('workers', `${followUp(id)}/snooze`, { method: 'POST', body: { until } }),
};

export const followUpKeys = {
  all: ['follow-ups'] as const,
  list: (filter: FollowUpFilter) =>
    [...followUpKeys.all, 'list', filter.status ?? 'any', filter.kind ?? 'any'] as const,
};
