import { eventName, type JourneyEntry } from './journey-entry';

/** Where a dose of the referral stands, from pharmacy's and nursing's events. */
export interface DoseTrack {
  status:
    | 'created'
    | 'verified'
    | 'released'
    | 'shipped'
    | 'delivered'
    | 'reopened'
    | 'cancelled'
    | 'given';
  visitDate?: string;
  /** The nurse of its next visit; undefined while nobody covers it. */
  nurseId?: string;
  visit?: 'scheduled' | 'started' | 'missed';
}

/** What the events of one referral say so far, track by track. */
export interface JourneyTracks {
  referral?: 'received' | 'incomplete' | 'accepted' | 'rejected' | 'cancelled';
  missing: string[];
  authorization?: {
    status:
      | 'requested'
      | 'submitted'
      | 'submission-failed'
      | 'pended'
      | 'approved'
      | 'denied'
      | 'needs-review'
      | 'appealed'
      | 'cancelled'
      | 'expiring'
      | 'expired';
    payerId?: string;
    respondBy?: string;
  };
  approved: boolean;
  assistance?: 'needs-financials' | 'eligible' | 'settled';
  doses: Map<number, DoseTrack>;
  dosesGiven: number;
  nextDose?: { cycle: number; on?: string; held?: string };
  receivedAt?: string;
  firstDoseAt?: string;
}

export function emptyTracks(): JourneyTracks {
  return { missing: [], approved: false, doses: new Map(), dosesGiven: 0 };
}

const AUTHORIZATION_STATUSES = new Set([
  'requested',
  'submitted',
  'submission-failed',
  'pended',
  'approved',
  'denied',
  'needs-review',
  'appealed',
  'cancelled',
  'expired',
]);

const DOSE_STATUSES = new Set([
  'verified',
  'released',
  'shipped',
  'delivered',
  'reopened',
  'cancelled',
]);

/** Folds one entry into the tracks (entries come in the order they happened). */
export function applyEntry(tracks: JourneyTracks, entry: JourneyEntry): void {
  const [aggregate, verb] = eventName(entry.type).split('.') as [string, string];
  const facts = entry.facts;
  switch (aggregate) {
    case 'referral':
      applyReferral(tracks, verb, entry);
      return;
    case 'authorization':
      if (verb === 'expiring' && tracks.authorization) return;
      if (AUTHORIZATION_STATUSES.has(verb))
        tracks.authorization = {
          status: verb as NonNullable<JourneyTracks['authorization']>['status'],
          payerId: facts.payerId ?? tracks.authorization?.payerId,
          respondBy: facts.respondBy,
        };
      if (verb === 'approved') tracks.approved = true;
      return;
    case 'assistance-case':
      if (verb === 'screened')
        tracks.assistance =
          facts.outcome === 'needs_financials'
            ? 'needs-financials'
            : facts.outcome === 'eligible'
              ? 'eligible'
              : 'settled';
      else if (verb === 'enrolled' || verb === 'denied' || verb === 'closed')
        tracks.assistance = 'settled';
      return;
    case 'dispense':
      applyDispense(tracks, verb, entry);
      return;
    case 'visit':
      applyVisit(tracks, verb, entry);
      return;
    default:
      return;
  }
}

function applyReferral(tracks: JourneyTracks, verb: string, entry: JourneyEntry): void {
  if (verb === 'received') {
    tracks.referral ??= 'received';
    tracks.receivedAt = entry.occurredAt;
  } else if (verb === 'documents-requested') {
    tracks.referral = 'incomplete';
    tracks.missing = entry.facts.missing ?? [];
  } else if (verb === 'accepted' || verb === 'rejected' || verb === 'cancelled') {
    tracks.referral = verb;
    tracks.missing = [];
  }
}

function applyDispense(tracks: JourneyTracks, verb: string, entry: JourneyEntry): void {
  const cycle = entry.facts.cycle ?? 1;
  const dose = tracks.doses.get(cycle);
  if (verb === 'created') {
    if (!dose) tracks.doses.set(cycle, { status: 'created' });
    if (tracks.nextDose?.cycle === cycle) tracks.nextDose = undefined;
  } else if (verb === 'next-cycle-held') {
    tracks.nextDose = {
      cycle: cycle + 1,
      on: entry.facts.nextDoseDate,
      held: entry.facts.reason,
    };
  } else if (dose && DOSE_STATUSES.has(verb) && dose.status !== 'given') {
    dose.status = verb as DoseTrack['status'];
  }
}

function applyVisit(tracks: JourneyTracks, verb: string, entry: JourneyEntry): void {
  const { facts } = entry;
  const cycle = facts.cycle ?? 1;
  const dose = tracks.doses.get(cycle) ?? { status: 'released' as const };
  tracks.doses.set(cycle, dose);
  if (verb === 'scheduled' || verb === 'assigned') {
    dose.visitDate = facts.visitDate ?? dose.visitDate;
    dose.nurseId = facts.nurseId ?? dose.nurseId;
    dose.visit = 'scheduled';
  } else if (verb === 'started') {
    dose.visit = 'started';
  } else if (verb === 'missed') {
    dose.visit = 'missed';
  } else if (verb === 'completed' && facts.lastDayOfCycle !== false) {
    if (dose.status !== 'given') tracks.dosesGiven += 1;
    dose.status = 'given';
    dose.visit = undefined;
    tracks.firstDoseAt ??= entry.occurredAt;
    if (!tracks.doses.has(cycle + 1))
      tracks.nextDose = { cycle: cycle + 1, on: facts.nextDoseDate };
  }
}
