import { type Screening } from './screening';
import {
  type AssistanceCase,
  applyScreening,
  enrol,
  openCase,
  recordBenefits,
  recordConsent,
  recordDose,
  reEnrolmentDue,
  stepOf,
} from './assistance-case';

const copay = { programmeId: 'csl-copay', kind: 'manufacturer_copay' } as const;
const takeda = { programmeId: 'takeda-copay', kind: 'manufacturer_copay' } as const;
const eligibleFor = (chosen: typeof copay | typeof takeda): Screening => ({
  outcome: 'eligible',
  programmes: [],
  chosen,
});
const at = new Date('2026-11-21T15:00:00Z');

function enrolledCase(annualMaximum = 15_000): AssistanceCase {
  const assistanceCase = openCase({ id: 'c-1', referralId: 'r-1', patientId: 'p-1' });
  applyScreening(assistanceCase, eligibleFor(copay), at);
  recordConsent(assistanceCase, { recordedBy: 'ic-7', consentedOn: '2026-11-20' });
  enrol(
    assistanceCase,
    { programmeMemberId: 'CSLB-1', annualMaximum, endsOn: '2027-11-20', enrolledAt: at },
    '2027-10-21',
  );
  return assistanceCase;
}

describe('an assistance case', () => {
  it('waits for consent before it enrols, then calls for the enrol job', () => {
    const assistanceCase = openCase({ id: 'c-1', referralId: 'r-1', patientId: 'p-1' });
    applyScreening(assistanceCase, eligibleFor(copay), at);
    expect(assistanceCase.status).toBe('awaiting_consent');
    expect(stepOf(assistanceCase)).toBeUndefined();
    recordConsent(assistanceCase, { recordedBy: 'ic-7', consentedOn: '2026-11-20' });
    expect(stepOf(assistanceCase)).toEqual({ step: 'enrol', programmeId: 'csl-copay' });
  });

  it('counts each dose up to the annual maximum and warns once at 80 %', () => {
    const assistanceCase = enrolledCase(10_000);
    recordBenefits(assistanceCase, { costSharePerDose: 3_000, planDesign: 'standard' });
    const warnings = [1, 2, 3, 4].map(() => recordDose(assistanceCase, 80));
    expect(warnings.map((dose) => dose.counted)).toEqual([3_000, 3_000, 3_000, 1_000]);
    expect(warnings.map((dose) => dose.events.length)).toEqual([0, 0, 1, 0]);
    expect(assistanceCase.usedAmount).toBe(10_000);
  });

  it.each([
    ['accumulator', 'accumulator_plan'],
    ['maximizer', 'maximizer_plan'],
  ] as const)(
    'warns once of a %s plan, whether found before or after enrolment',
    (design, warning) => {
      const assistanceCase = enrolledCase();
      expect(recordBenefits(assistanceCase, { costSharePerDose: 100, planDesign: design })).toEqual(
        [{ type: 'benefit-low', warning }],
      );
      expect(recordBenefits(assistanceCase, { costSharePerDose: 100, planDesign: design })).toEqual(
        [],
      );
    },
  );

  it('keeps an enrolment the new screening still chooses, and ends one it no longer does', () => {
    const kept = enrolledCase();
    applyScreening(kept, eligibleFor(copay), at);
    expect(kept.status).toBe('enrolled');
    const moved = enrolledCase();
    applyScreening(moved, eligibleFor(takeda), at);
    expect(moved).toMatchObject({ status: 'enrolling', programme: takeda, enrolment: undefined });
  });

  it('comes due for re-enrolment once, and a new consent sends the enrolment again', () => {
    const assistanceCase = enrolledCase();
    expect(stepOf(assistanceCase)).toEqual({ step: 're-enrol', dueOn: '2027-10-21' });
    expect(reEnrolmentDue(assistanceCase)).toEqual([{ type: 're-enrolment-due' }]);
    expect(reEnrolmentDue(assistanceCase)).toEqual([]);
    recordConsent(assistanceCase, { recordedBy: 'ic-7', consentedOn: '2027-10-25' });
    expect(stepOf(assistanceCase)).toEqual({ step: 'enrol', programmeId: 'csl-copay' });
  });
});
