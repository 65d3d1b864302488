import { AssistanceCaseBenefitLow } from './assistance-case-benefit-low.event';
import { AssistanceCaseEnrolled } from './assistance-case-enrolment.event';
import { AssistanceCaseScreened } from './assistance-case-screened.event';

describe('assistance-case events', () => {
  it('AssistanceCaseScreened refuses a programme verdict without a reason', () => {
    const data = structuredClone(AssistanceCaseScreened.example);
    data.programmes[0]!.reasons = [];
    expect(AssistanceCaseScreened.schema.safeParse(data).success).toBe(false);
  });

  it('AssistanceCaseEnrolled refuses an annual maximum in fractions of a cent', () => {
    const data = { ...AssistanceCaseEnrolled.example, annualMaximum: 100.005 };
    expect(AssistanceCaseEnrolled.schema.safeParse(data).success).toBe(false);
  });

  it('AssistanceCaseBenefitLow refuses a warning it does not define', () => {
    const data = { ...AssistanceCaseBenefitLow.example, warning: 'card_lost' };
    expect(AssistanceCaseBenefitLow.schema.safeParse(data).success).toBe(false);
  });
});
