import type {
  DispenseReleased,
  EventData,
  Location,
  LotUse,
  ReactionAction,
  ReleasedLot,
  UpdateType,
  VisitUpdate,
  VitalSigns,
} from '@infuse/contracts';
import { api } from '../../api/http';
import type { Refusal, BatchResult } from './visit-update';

// Nursing's visit API as it answers (apps/nursing/src/list-visits, view-visit, record-updates).

type Release = EventData<typeof DispenseReleased>;

export type VisitStatus =
  | 'scheduled'
  | 'en_route'
  | 'arrived'
  | 'infusing'
  | 'observing'
  | 'departed'
  | 'signed'
  | 'missed'
  | 'cancelled';

/** Whether usable drug is at the home. */
export type DrugStatus = 'released' | 'shipped' | 'delivered' | 'unusable' | 'cancelled';

/** A visit as the day's list shows it (list-visits.query.ts). */
export interface VisitSummary {
  id: string;
  referralId: string;
  patientId: string;
  patientName: string;
  city: string | null;
  postalCode: string | null;
  cycle: number;
  infusionDay: number;
  infusionDays: number;
  visitDate: string;
  status: VisitStatus;
  nurseId: string | null;
  product: string;
  drugStatus: DrugStatus;
}

export interface VisitPage {
  items: VisitSummary[];
  nextCursor: string | null;
}

/** Vitals as the record keeps them: as sent, when, and whether the weight moved the dose. */
export interface RecordedVitals extends VitalSigns {
  at: string;
  weightFlag?: { dosingWeightKg: number; differencePercent: number };
}

export interface RecordedReaction {
  clientUpdateId: string;
  grade: number;
  symptoms: string[];
  action: ReactionAction;
  at: string;
  mlPerHour?: number;
}

export interface InfusionRecord {
  startedAt: string;
  lotNumber: string;
  rates: { at: string; mlPerHour: number }[];
  endedAt?: string;
  volumeMl?: number;
  lots?: LotUse[];
  partial?: boolean;
}

/** The visit's clinical record as the service rebuilt it from every update it stored. */
export interface VisitRecord {
  progress: Exclude<VisitStatus, 'cancelled'>;
  enRouteAt?: string;
  arrived?: { at: string; location: Location };
  departed?: { at: string; location: Location };
  vitals: RecordedVitals[];
  premedications: { at: string; medication: string; dose: string }[];
  infusion?: InfusionRecord;
  reactions: RecordedReaction[];
  rateHeld: boolean;
  observationEndedAt?: string;
  signed?: { at: string; by: string };
  missed?: { at: string; by: string; reason: string };
  addenda: { clientUpdateId: string; at: string; by: string; text: string }[];
  applied: string[];
  refused: (Refusal & { clientUpdateId: string; type: UpdateType; at: string })[];
}

export type InfusionPlan = Release['infusionPlan'];
export type RateStep = InfusionPlan['steps'][number];

/** One visit with its patient, dose, plan and record (view-visit/visit-view.ts). */
export interface VisitView {
  id: string;
  referralId: string;
  dispenseId: string;
  patientId: string;
  cycle: number;
  infusionDay: number;
  infusionDays: number;
  visitDate: string;
  status: VisitStatus;
  nurseId: string | null;
  drugStatus: DrugStatus;
  patient: {
    firstName: string;
    lastName: string;
    dateOfBirth: string;
    allergies: string[];
    conditions: string[];
    address?: { line1: string; line2?: string; city: string; state: string; postalCode: string };
    phone?: string;
  };
  prescriber: { npi: string; firstName: string; lastName: string; phone?: string };
  product: Release['product'];
  dose: {
    indication: string;
    doseGramsPerKg: number;
    dosingWeightKg: number;
    gramsPerInfusionDay: number;
  };
  lots: (ReleasedLot & { usable: boolean })[];
  infusionPlan: InfusionPlan;
  premedication: Release['premedication'];
  observationMinutes: number;
  monitoring: Release['monitoring'];
  record: VisitRecord;
}

export const visitKeys = {
  all: ['nurse', 'visits'] as const,
  day: (date: string) => ['nurse', 'visits', 'day', date] as const,
  one: (id: string) => ['nurse', 'visits', 'one', id] as const,
};

const PAGE_LIMIT = 100;
// A nurse has a handful of visits a day; this only bounds a runaway cursor.
const MAX_PAGES = 5;

export const visitsApi = {
  /** The signed-in nurse's visits on a day: the service scopes a nurse to her own. */
  async day(date: string): Promise<VisitSummary[]> {
    const visits: VisitSummary[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const answer = await api<VisitPage>('nursing', '/v1/visits', {
        query: { date, limit: PAGE_LIMIT, cursor },
      });
      visits.push(...answer.items);
      if (!answer.nextCursor) break;
      cursor = answer.nextCursor;
    }
    return visits;
  },
  one: (id: string) => api<VisitView>('nursing', `/v1/visits/${encodeURIComponent(id)}`),
  record: (visitId: string, updates: VisitUpdate[]) =>
    api<BatchResult>('nursing', `/v1/visits/${encodeURIComponent(visitId)}/updates`, {
      method: 'POST',
      body: { updates },
    }),
};
