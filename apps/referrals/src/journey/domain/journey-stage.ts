import { type DoseTrack, type JourneyTracks } from './journey-tracks';

/** The stages of a referral, in the order a first dose passes them; then `cycle` n. */
export const JOURNEY_STAGES = [
  'intake',
  'authorization',
  'assistance',
  'verification',
  'release',
  'shipment',
  'visit',
  'cycle',
  'closed',
] as const;
export type JourneyStage = (typeof JOURNEY_STAGES)[number];

/** The steps of every later dose, within stage `cycle`. */
export type CycleStep = 'next-order' | 'verification' | 'release' | 'shipment' | 'visit';

/** Who the referral waits on. */
export type Party =
  'coordinator' | 'prior-auth' | 'payer' | 'pharmacist' | 'pharmacy' | 'carrier' | 'nurse';

export interface Waiting {
  readonly on: Party;
  readonly for: string;
}

export interface StageAt {
  readonly stage: JourneyStage;
  /** The dose in progress: 1 until the first is given. */
  readonly cycle: number;
  readonly step?: CycleStep;
  readonly waiting?: Waiting;
}

/** The stage the tracks put the referral in, and what it waits on. */
export function stageOf(tracks: JourneyTracks): StageAt {
  if (tracks.referral === 'rejected' || tracks.referral === 'cancelled')
    return { stage: 'closed', cycle: Math.max(1, tracks.dosesGiven) };
  if (tracks.dosesGiven > 0) return laterDose(tracks);
  const dose = tracks.doses.get(1);
  if (dose && dose.status !== 'created') return { cycle: 1, ...doseStep(dose) };
  if (dose || tracks.approved) {
    if (tracks.assistance === 'needs-financials')
      return waiting('assistance', 'coordinator', "the household's size and income for screening");
    if (tracks.assistance === 'eligible')
      return waiting('assistance', 'coordinator', "the patient's consent to enrol");
    return dose
      ? waiting('verification', 'pharmacist', 'verification of the dose')
      : waiting('verification', 'pharmacy', 'the dispense order');
  }
  if (tracks.authorization) return authorizationStage(tracks.authorization);
  if (tracks.referral === 'accepted')
    return waiting('authorization', 'prior-auth', 'the request to the payer');
  if (tracks.referral === 'incomplete')
    return waiting('intake', 'coordinator', `missing: ${tracks.missing.join(', ')}`);
  return waiting('intake', 'coordinator', 'review of the referral');
}

function waiting(stage: JourneyStage, on: Party, what: string): StageAt {
  return { stage, cycle: 1, waiting: { on, for: what } };
}

function authorizationStage(authorization: NonNullable<JourneyTracks['authorization']>): StageAt {
  switch (authorization.status) {
    case 'requested':
      return waiting('authorization', 'prior-auth', 'the request to the payer');
    case 'submitted':
    case 'appealed':
      return waiting('authorization', 'payer', 'a decision');
    case 'pended':
      return waiting(
        'authorization',
        'payer',
        authorization.respondBy ? `a decision by ${authorization.respondBy}` : 'a decision',
      );
    case 'submission-failed':
      return waiting('authorization', 'coordinator', 'a corrected resubmission');
    case 'denied':
      return waiting('authorization', 'coordinator', 'an appeal or another course');
    case 'needs-review':
      return waiting('authorization', 'coordinator', "a review of the payer's answer");
    case 'cancelled':
    case 'expired':
    case 'expiring':
    case 'approved':
      // An approval counts once given (the approval track); these ask for a new request.
      return waiting('authorization', 'coordinator', `a new request (${authorization.status})`);
  }
}

/** The step a released-or-later dose is at; a dose just created waits on its verification. */
function doseStep(dose: DoseTrack): Omit<StageAt, 'cycle'> {
  switch (dose.status) {
    case 'created':
      return {
        stage: 'verification',
        waiting: { on: 'pharmacist', for: 'verification of the dose' },
      };
    case 'verified':
      return { stage: 'release', waiting: { on: 'pharmacist', for: 'release with lots' } };
    case 'reopened':
      return { stage: 'release', waiting: { on: 'pharmacist', for: 'a replacement release' } };
    case 'released':
      return { stage: 'shipment', waiting: { on: 'pharmacy', for: 'shipment in a cold pack-out' } };
    case 'shipped':
      return { stage: 'shipment', waiting: { on: 'carrier', for: 'delivery to the home' } };
    case 'cancelled':
      return { stage: 'verification', waiting: { on: 'coordinator', for: 'a cancelled dose' } };
    case 'delivered':
    case 'given':
      return { stage: 'visit', waiting: visitWaiting(dose) };
  }
}

function visitWaiting(dose: DoseTrack): Waiting {
  if (dose.visit === 'missed') return { on: 'coordinator', for: 'rescheduling the missed visit' };
  if (dose.visit === 'started') return { on: 'nurse', for: 'the infusion in progress' };
  if (dose.visit === 'scheduled' && !dose.nurseId)
    return { on: 'coordinator', for: 'a nurse for the visit' };
  return { on: 'nurse', for: dose.visitDate ? `the visit on ${dose.visitDate}` : 'the visit' };
}

/** After the first dose: stage `cycle` n, at the step of dose n. */
function laterDose(tracks: JourneyTracks): StageAt {
  const { nextDose } = tracks;
  if (nextDose) {
    const waitingFor = nextDose.held
      ? {
          on: 'coordinator' as const,
          for:
            nextDose.held === 'order-ended'
              ? 'a renewed prescription'
              : 'a reauthorization covering the next dose',
        }
      : {
          on: 'pharmacy' as const,
          for: nextDose.on ? `the order of the dose due ${nextDose.on}` : 'the next order',
        };
    return { stage: 'cycle', cycle: nextDose.cycle, step: 'next-order', waiting: waitingFor };
  }
  const cycle = Math.max(...tracks.doses.keys());
  const dose = tracks.doses.get(cycle)!;
  const { stage, waiting: waitingFor } = doseStep(dose);
  return { stage: 'cycle', cycle, step: stage as CycleStep, waiting: waitingFor };
}

/** Two stages are the same while the stage, the cycle and the step stay. */
export function sameStage(a: StageAt, b: StageAt): boolean {
  return a.stage === b.stage && a.cycle === b.cycle && a.step === b.step;
}
