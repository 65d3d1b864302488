import {
  type BenefitWarning,
  type CaseCloseReason,
  type PlanType,
  type ProgrammeKind,
} from '@infuse/contracts';
import { AssistanceCaseError } from './assistance-case.errors';
import { type Household } from './poverty-guidelines';
import { type Screening } from './screening';

/**
 * Where a case stands. `pending` waits for the referral or the authorization; the next three
 * wait on the coordinator (income, consent) or hold no programme; `enrolling` waits on the
 * programme; `enrolled` tracks the benefit until re-enrolment comes due.
 */
export const CASE_STATUSES = [
  'pending',
  'needs_financials',
  'awaiting_consent',
  'not_eligible',
  'enrolling',
  'enrolled',
  're_enrolment_due',
  'denied',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export interface ProgrammeRef {
  readonly programmeId: string;
  readonly kind: ProgrammeKind;
}

/** What the accepted referral says that screening and enrolment need. */
export interface ReferralFacts {
  readonly planType: PlanType;
  readonly payerId?: string;
  readonly memberId?: string;
  readonly diagnosisCode: string;
  readonly state?: string;
  readonly patient: { firstName: string; lastName: string; dateOfBirth: string };
}

export interface CaseProduct {
  readonly productId: string;
  readonly manufacturer: string;
}

/** What the benefits investigation found (the coordinator records it). */
export interface BenefitsFindings {
  /** What the patient owes per dose under the plan, in dollars. */
  readonly costSharePerDose: number;
  readonly planDesign: 'standard' | 'accumulator' | 'maximizer';
}

export interface Consent {
  readonly recordedBy: string;
  readonly consentedOn: string;
}

export interface Enrolment {
  readonly programme: ProgrammeRef;
  readonly programmeMemberId: string;
  readonly annualMaximum: number;
  readonly endsOn: string;
  readonly enrolledAt: Date;
}

export interface AssistanceCase {
  readonly id: string;
  readonly referralId: string;
  readonly patientId: string;
  status: CaseStatus;
  referral?: ReferralFacts;
  authorizationApproved: boolean;
  product?: CaseProduct;
  household?: Household;
  benefits?: BenefitsFindings;
  consent?: Consent;
  screening?: Screening & { screenedAt: Date };
  /** The programme enrolment uses (the screening's choice). */
  programme?: ProgrammeRef;
  /** The enrolment call in flight, once the enrol job recorded it. */
  enrolmentCallId?: string;
  enrolment?: Enrolment;
  denialReason?: string;
  /** Cost share recorded against the annual maximum of the current enrolment. */
  usedAmount: number;
  /** Warnings already given for the current enrolment: each is given once. */
  warnings: BenefitWarning[];
  reEnrolmentDueOn?: string;
  closedReason?: CaseCloseReason;
}

/** What a change to a case announces; the event writer dates it and adds the ids. */
export type CaseEvent =
  | { type: 'screened' }
  | { type: 'enrolled' }
  | { type: 'denied'; programme: ProgrammeRef; reason: string }
  | { type: 'benefit-low'; warning: BenefitWarning }
  | { type: 're-enrolment-due' }
  | { type: 'closed'; note?: string };

/** A new case, opened by whichever of the referral and the approval arrives first. */
export function openCase(ids: {
  id: string;
  referralId: string;
  patientId: string;
}): AssistanceCase {
  return { ...ids, status: 'pending', authorizationApproved: false, usedAmount: 0, warnings: [] };
}

export function isOpen(assistanceCase: AssistanceCase): boolean {
  return assistanceCase.status !== 'closed';
}

export function assertOpen(assistanceCase: AssistanceCase): void {
  if (!isOpen(assistanceCase))
    throw new AssistanceCaseError('ASSISTANCE_CASE.CLOSED', `Case ${assistanceCase.id} is closed.`);
}

/**
 * Whether the case holds what screening needs, the accepted referral and an approval, and is
 * open: every later fact that bears on it (income, a brand) screens it again.
 */
export function canScreen(assistanceCase: AssistanceCase): boolean {
  return (
    assistanceCase.referral !== undefined &&
    assistanceCase.authorizationApproved &&
    isOpen(assistanceCase)
  );
}

/**
 * Applies a screening: the case waits for income, for consent, or goes on to enrol; an enrolment
 * in a programme the screening still chooses stands, any other ends with it (a brand changed to
 * another maker's, a household now over the limit).
 */
export function applyScreening(
  assistanceCase: AssistanceCase,
  screening: Screening,
  screenedAt: Date,
): CaseEvent[] {
  assistanceCase.screening = { ...screening, screenedAt };
  const kept =
    assistanceCase.enrolment &&
    screening.chosen?.programmeId === assistanceCase.enrolment.programme.programmeId;
  if (kept) return [{ type: 'screened' }];
  const inFlight =
    assistanceCase.status === 'enrolling' &&
    screening.chosen?.programmeId === assistanceCase.programme?.programmeId;
  if (inFlight) return [{ type: 'screened' }];
  resetEnrolment(assistanceCase);
  assistanceCase.programme = screening.chosen;
  assistanceCase.status =
    screening.outcome === 'eligible'
      ? assistanceCase.consent
        ? 'enrolling'
        : 'awaiting_consent'
      : screening.outcome;
  return [{ type: 'screened' }];
}

function resetEnrolment(assistanceCase: AssistanceCase): void {
  assistanceCase.enrolment = undefined;
  assistanceCase.enrolmentCallId = undefined;
  assistanceCase.denialReason = undefined;
  assistanceCase.usedAmount = 0;
  assistanceCase.warnings = [];
  assistanceCase.reEnrolmentDueOn = undefined;
}

/**
 * The patient's consent: a case waiting only on it goes on to enrol, and an enrolment due for
 * renewal is sent again (the patient consents to each year's enrolment [PAN-F1]). A consent
 * recorded before stands otherwise.
 */
export function recordConsent(assistanceCase: AssistanceCase, consent: Consent): void {
  assertOpen(assistanceCase);
  if (assistanceCase.status === 're_enrolment_due') {
    assistanceCase.consent = consent;
    assistanceCase.status = 'enrolling';
    return;
  }
  if (assistanceCase.consent) return;
  assistanceCase.consent = consent;
  if (assistanceCase.status === 'awaiting_consent') assistanceCase.status = 'enrolling';
}

/** The enrol job recorded the call to the programme. */
export function enrolmentCalled(assistanceCase: AssistanceCase, callId: string): void {
  assistanceCase.enrolmentCallId = callId;
}

/** Whether an answer belongs to the call the case still waits on (a re-screening may have moved on). */
export function awaitsCall(assistanceCase: AssistanceCase, callId: string): boolean {
  return assistanceCase.status === 'enrolling' && assistanceCase.enrolmentCallId === callId;
}

/** The programme enrolled the patient; re-enrolment comes due `leadDays` before the end. */
export function enrol(
  assistanceCase: AssistanceCase,
  enrolment: Omit<Enrolment, 'programme'>,
  reEnrolmentDueOn: string,
): CaseEvent[] {
  const programme = assistanceCase.programme;
  if (!programme) throw new Error('an enrolment answer for a case with no programme');
  assistanceCase.enrolment = { ...enrolment, programme };
  assistanceCase.status = 'enrolled';
  assistanceCase.enrolmentCallId = undefined;
  assistanceCase.usedAmount = 0;
  assistanceCase.warnings = [];
  assistanceCase.reEnrolmentDueOn = reEnrolmentDueOn;
  return [{ type: 'enrolled' }, ...planDesignWarnings(assistanceCase)];
}

/** The programme refused, or could not be reached after the last attempt. */
export function deny(assistanceCase: AssistanceCase, reason: string): CaseEvent[] {
  const programme = assistanceCase.programme;
  if (!programme) throw new Error('a denial for a case with no programme');
  assistanceCase.status = 'denied';
  assistanceCase.enrolmentCallId = undefined;
  assistanceCase.denialReason = reason;
  return [{ type: 'denied', programme, reason }];
}

/** The coordinator recorded the benefits investigation; an enrolled case warns of its plan. */
export function recordBenefits(
  assistanceCase: AssistanceCase,
  benefits: BenefitsFindings,
): CaseEvent[] {
  assertOpen(assistanceCase);
  assistanceCase.benefits = benefits;
  return planDesignWarnings(assistanceCase);
}

// Help on an accumulator plan does not count toward the deductible, so the patient owes it all
// when the card runs out [ACC1]; a maximizer spreads the card's value over the year [ACC2].
function planDesignWarnings(assistanceCase: AssistanceCase): CaseEvent[] {
  const design = assistanceCase.benefits?.planDesign;
  if (!assistanceCase.enrolment || !design || design === 'standard') return [];
  const warning: BenefitWarning = design === 'accumulator' ? 'accumulator_plan' : 'maximizer_plan';
  return warnOnce(assistanceCase, warning);
}

function warnOnce(assistanceCase: AssistanceCase, warning: BenefitWarning): CaseEvent[] {
  if (assistanceCase.warnings.includes(warning)) return [];
  assistanceCase.warnings = [...assistanceCase.warnings, warning];
  return [{ type: 'benefit-low', warning }];
}

const COUNTING: ReadonlySet<CaseStatus> = new Set(['enrolled', 're_enrolment_due', 'enrolling']);

/**
 * A dose was released: its cost share counts against the annual maximum (no more than what is
 * left of it), and the case warns once the share used reaches `warningPercent`.
 * Returns what was counted, so the caller records it with the dose.
 */
export function recordDose(
  assistanceCase: AssistanceCase,
  warningPercent: number,
): { counted: number; events: CaseEvent[] } {
  const enrolment = assistanceCase.enrolment;
  const share = assistanceCase.benefits?.costSharePerDose;
  // An enrolment being renewed still stands until the programme answers.
  if (!enrolment || share === undefined || !COUNTING.has(assistanceCase.status))
    return { counted: 0, events: [] };
  const left = Math.max(0, enrolment.annualMaximum - assistanceCase.usedAmount);
  const counted = Math.min(share, left);
  assistanceCase.usedAmount = cents(assistanceCase.usedAmount + counted);
  const reached = assistanceCase.usedAmount >= (enrolment.annualMaximum * warningPercent) / 100;
  return {
    counted,
    events: reached ? warnOnce(assistanceCase, 'annual_maximum_nearly_used') : [],
  };
}

/** Re-enrolment came due: once per enrolment, and only while it stands. */
export function reEnrolmentDue(assistanceCase: AssistanceCase): CaseEvent[] {
  if (assistanceCase.status !== 'enrolled') return [];
  assistanceCase.status = 're_enrolment_due';
  return [{ type: 're-enrolment-due' }];
}

export function close(
  assistanceCase: AssistanceCase,
  reason: CaseCloseReason,
  note?: string,
): CaseEvent[] {
  if (!isOpen(assistanceCase)) return [];
  assistanceCase.status = 'closed';
  assistanceCase.closedReason = reason;
  assistanceCase.enrolmentCallId = undefined;
  return [{ type: 'closed', ...(note ? { note } : {}) }];
}

/** The job the case calls for now, if any: the enrolment call, or re-enrolment at its day. */
export type CaseStep = { step: 'enrol'; programmeId: string } | { step: 're-enrol'; dueOn: string };

export function stepOf(assistanceCase: AssistanceCase): CaseStep | undefined {
  if (
    assistanceCase.status === 'enrolling' &&
    !assistanceCase.enrolmentCallId &&
    assistanceCase.programme
  )
    return { step: 'enrol', programmeId: assistanceCase.programme.programmeId };
  if (assistanceCase.status === 'enrolled' && assistanceCase.reEnrolmentDueOn)
    return { step: 're-enrol', dueOn: assistanceCase.reEnrolmentDueOn };
  return undefined;
}

const cents = (amount: number): number => Math.round(amount * 100) / 100;
