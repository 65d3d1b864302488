import type { StatusWords } from '../../../ui/status-badge';
import type { BenefitWarning, CaseCloseReason, ProgrammeKind } from '@infuse/contracts';
import type { CaseStatus, PlanDesign, ProgrammeVerdict } from './assistance.api';

/** A case's status in a coordinator's words; the colour only repeats them. */
export const CASE_STATUS_WORDS: Record<CaseStatus, StatusWords> = {
  pending: { label: 'Waiting for the referral and its approval', color: 'gray' },
  needs_financials: { label: 'Needs household size and income', color: 'yellow' },
  awaiting_consent: { label: 'Waiting for the patient’s consent', color: 'yellow' },
  not_eligible: { label: 'Not eligible for any programme', color: 'gray' },
  enrolling: { label: 'Enrolling with the programme', color: 'blue' },
  enrolled: { label: 'Enrolled', color: 'green' },
  re_enrolment_due: { label: 'Re-enrolment due', color: 'orange' },
  denied: { label: 'Denied by the programme', color: 'red' },
  closed: { label: 'Closed', color: 'gray' },
};

export const PROGRAMME_KIND_WORDS: Record<ProgrammeKind, string> = {
  manufacturer_copay: 'Manufacturer copay card',
  foundation: 'Charitable foundation',
  free_drug: 'Manufacturer free-drug programme',
};

export const VERDICT_WORDS: Record<ProgrammeVerdict, string> = {
  eligible: 'Eligible',
  needs_financials: 'Needs household income to decide',
  not_eligible: 'Not eligible',
};

export const PLAN_DESIGN_WORDS: Record<PlanDesign, string> = {
  standard: 'Standard',
  accumulator: 'Accumulator (help does not count toward the deductible)',
  maximizer: 'Maximizer (the plan spreads the help over the year)',
};

export const WARNING_WORDS: Record<BenefitWarning, string> = {
  annual_maximum_nearly_used: 'Most of the annual maximum is used',
  accumulator_plan: 'An accumulator plan: the programme’s help may run out early',
  maximizer_plan: 'A maximizer plan: the programme’s help may run out early',
};

export const CLOSE_REASON_WORDS: Record<CaseCloseReason, string> = {
  referral_cancelled: 'The referral was cancelled',
  coordinator: 'Closed by a coordinator',
};

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** An amount in US dollars, e.g. "$1,250.00". */
export function formatDollars(amount: number): string {
  return dollars.format(amount);
}
