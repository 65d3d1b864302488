import { type VisitPlan } from './visit-plan';
import { emptyRecord, type VisitProgress, type VisitRecord } from './visit-record';

/** A visit: one infusion day of a released dose, at the patient's home, on a day. */
export type VisitStatus = VisitProgress | 'cancelled';

export interface Visit {
  id: string;
  dispenseId: string;
  referralId: string;
  patientId: string;
  cycle: number;
  infusionDay: number;
  infusionDays: number;
  /** 1, or the next when a missed visit of the same infusion day was rescheduled. */
  attempt: number;
  visitDate: string;
  nurseId: string | null;
  status: VisitStatus;
  record: VisitRecord;
  /** The plan the infusion was started under; until then the dose's current one applies. */
  plan: VisitPlan | null;
  /** Which of its events were announced, so a rebuilt record announces each once. */
  announced: {
    started: boolean;
    completed: boolean;
    missed: boolean;
    reactions: string[];
  };
}

/** The fields every visit event carries. */
export function visitEventIds(visit: Visit) {
  return {
    visitId: visit.id,
    dispenseId: visit.dispenseId,
    referralId: visit.referralId,
    patientId: visit.patientId,
    cycle: visit.cycle,
    infusionDay: visit.infusionDay,
    infusionDays: visit.infusionDays,
    visitDate: visit.visitDate,
  };
}

/** A visit just put on the calendar: nothing recorded, nothing announced yet. */
export function newVisit(fields: Omit<Visit, 'status' | 'record' | 'plan' | 'announced'>): Visit {
  return {
    ...fields,
    status: 'scheduled',
    record: emptyRecord(),
    plan: null,
    announced: { started: false, completed: false, missed: false, reactions: [] },
  };
}
