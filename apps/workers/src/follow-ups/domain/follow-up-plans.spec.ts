import {
  AuthorizationPended,
  DispenseReleased,
  ReferralDocumentsRequested,
  VisitCompleted,
} from '@infuse/contracts';
import { doseLabPlans, hemolysisAfterPlan, releasedDoseOf } from './dose-lab-plans';
import { authorizationPendedPlan, missingDocumentsPlan, nextCyclePlan } from './follow-up-plans';

const PLAN_RULES = { reminderIntervalHours: 24, nextCycleLeadDays: 7, timeZone: 'UTC' };
// Settings from the issue and rule 13 of the domain reference (2-3 months after a switch).
const LAB_RULES = {
  troughEveryNthDose: 4,
  troughAfterSwitchFromDays: 60,
  troughAfterSwitchUntilDays: 90,
  labLeadHours: 48,
  timeZone: 'UTC',
};
const HEMOLYSIS = [
  {
    code: 'HEMOLYSIS_HGB_HCT_BEFORE',
    description: 'before',
    timing: 'before-infusion' as const,
    sources: ['PRV4'],
  },
  {
    code: 'HEMOLYSIS_HGB_HCT_AFTER',
    description: 'after',
    timing: 'after-infusion' as const,
    windowHoursAfterEnd: { min: 36, max: 96 },
    sources: ['PRV4'],
  },
];

describe('follow-up plans from events', () => {
  it('chases missing documents one interval after the request', () => {
    const plan = missingDocumentsPlan(ReferralDocumentsRequested.example, PLAN_RULES);
    expect(plan.dueAt.toISOString()).toBe('2026-11-21T14:03:12.418Z');
    expect(plan.kind).toBe('missing_documents');
  });

  it('follows a pended request up at respondBy, one task per pend', () => {
    const plan = authorizationPendedPlan(AuthorizationPended.example);
    expect(plan.dueAt.toISOString()).toBe('2026-11-24T15:41:08.000Z');
    expect(
      authorizationPendedPlan({ ...AuthorizationPended.example, pendedAt: '2026-11-25T10:00:00Z' })
        .subjectKey,
    ).not.toBe(plan.subjectKey);
  });

  it('opens the next cycle 7 days before the next dose date, on the last day of a dose only', () => {
    expect(nextCyclePlan(VisitCompleted.example, PLAN_RULES)?.dueAt.toISOString()).toBe(
      '2026-12-21T00:00:00.000Z',
    );
    expect(
      nextCyclePlan({ ...VisitCompleted.example, lastDayOfCycle: false }, PLAN_RULES),
    ).toBeUndefined();
  });
});

describe('labs around a released dose', () => {
  const released = (cycle: number, overrides: Partial<typeof DispenseReleased.example> = {}) => ({
    ...DispenseReleased.example,
    cycle,
    releasedAt: '2026-12-01T12:00:00Z',
    administrationDates: ['2026-12-10'],
    ...overrides,
  });

  it.each([
    [1, []],
    [3, []],
    [4, ['every-nth-dose']],
    [8, ['every-nth-dose']],
  ])('asks for a trough IgG at dose %i: %j', (cycle, reasons) => {
    const plans = doseLabPlans(released(cycle), 'privigen', LAB_RULES);
    expect(plans.map((plan) => plan.details['reason'])).toEqual(reasons);
  });

  it('asks for a trough IgG 2-3 months after a product switch, and due 48 h before the dose for the 4th', () => {
    const plans = doseLabPlans(released(4), 'gamunex-c', LAB_RULES);
    const [nth, switched] = plans;
    expect(nth?.dueAt.toISOString()).toBe('2026-12-08T00:00:00.000Z');
    expect(switched?.dueAt.toISOString()).toBe('2027-02-08T00:00:00.000Z');
    expect(switched?.windowEndsAt?.toISOString()).toBe('2027-03-10T00:00:00.000Z');
  });

  it('follows trough IgG for primary immunodeficiency only', () => {
    expect(
      doseLabPlans(released(4, { indication: 'immune-thrombocytopenia' }), 'gamunex-c', LAB_RULES),
    ).toEqual([]);
  });

  it('never makes a lab due before the release itself', () => {
    const [plan] = doseLabPlans(
      released(4, { administrationDates: ['2026-12-02'] }),
      undefined,
      LAB_RULES,
    );
    expect(plan?.dueAt.toISOString()).toBe('2026-12-01T12:00:00.000Z');
  });

  it('asks for Hgb/Hct before the dose and in the 36-96 h window after the infusion when rule 17 applies', () => {
    const event = released(1, { monitoring: HEMOLYSIS });
    expect(doseLabPlans(event, undefined, LAB_RULES).map((plan) => plan.details['code'])).toEqual([
      'HEMOLYSIS_HGB_HCT_BEFORE',
    ]);
    const after = hemolysisAfterPlan(releasedDoseOf(event), {
      visitId: 'v',
      endedAt: '2026-12-10T15:00:00Z',
    });
    expect(after?.dueAt.toISOString()).toBe('2026-12-12T03:00:00.000Z');
    expect(after?.windowEndsAt?.toISOString()).toBe('2026-12-14T15:00:00.000Z');
    expect(
      hemolysisAfterPlan(releasedDoseOf(released(1)), {
        visitId: 'v',
        endedAt: '2026-12-10T15:00:00Z',
      }),
    ).toBeUndefined();
  });
});
