import { api } from '../../../api/http';
import type { Page } from '../../../api/page';
import type { VisitStatus, VisitSummary } from '../../nurse/visits.api';

// Nursing's scheduling routes for coordinators and admins (apps/nursing/src: list-visits,
// list-nurses, assign-visit, reschedule-visit).

export type { VisitSummary };

/** A field nurse to give a visit to (list-nurses.query.ts NurseView). */
export interface Nurse {
  nurseId: string;
  displayName: string;
  postalPrefixes: string[];
}

/** What an assignment or a move answers (visit-change.runner.ts VisitChangeResult). */
export interface VisitChange {
  id: string;
  patientId: string;
  visitDate: string;
  nurseId: string | null;
  status: VisitStatus;
}

export interface ScheduleFilter {
  /** The day, YYYY-MM-DD. */
  date: string;
  /** Only the visits no nurse has yet. */
  unassigned: boolean;
}

const visit = (id: string) => `/v1/visits/${encodeURIComponent(id)}`;

export const scheduleApi = {
  day: (filter: ScheduleFilter, cursor: string | undefined, signal?: AbortSignal) =>
    api<Page<VisitSummary>>('nursing', '/v1/visits', {
      query: {
        date: filter.date,
        unassigned: filter.unassigned ? 'true' : undefined,
        cursor,
        limit: 50,
      },
      signal,
    }),
  nurses: (signal?: AbortSignal) =>
    api<{ items: Nurse[] }>('nursing', '/v1/nurses', { signal }).then((answer) => answer.items),
  assign: (id: string, nurseId: string) =>
    api<VisitChange>('nursing', `${visit(id)}/assign`, { method: 'POST', body: { nurseId } }),
  reschedule: (id: string, move: { date: string; reason: string }) =>
    api<VisitChange>('nursing', `${visit(id)}/reschedule`, { method: 'POST', body: move }),
};

export const scheduleKeys = {
  all: ['schedule'] as const,
  day: (filter: ScheduleFilter) =>
    [...scheduleKeys.all, 'day', filter.date, filter.unassigned] as const,
  nurses: ['schedule', 'nurses'] as const,
};

/** A visit the nurse has not arrived at: it may still go to another nurse or another day. */
export function notBegun(visit: Pick<VisitSummary, 'status'>): boolean {
  return visit.status === 'scheduled' || visit.status === 'en_route';
}
