import { addDays, addMonths } from '@infuse/clinical';
import { type EnrolmentAnswer, type EnrolmentRequest } from './enrolment-request.schema';
import { type ProgrammeScenario, type SandboxProgramme } from './programs-file.schema';

export const ENROLMENT_RESOURCE = 'programme-enrollment';
export const ENROLMENT_ACTIONS = { enrol: 'programme-enrollment.create' } as const;

/**
 * The programme's decision: a scenario's refusal, a plan type it does not enrol, or an enrolment
 * with a member id, the annual maximum and the last day covered (the day before the anniversary).
 */
export function decideEnrolment(
  programme: SandboxProgramme,
  request: EnrolmentRequest,
  scenario: ProgrammeScenario | undefined,
  issued: { enrollmentId: string; memberNumber: number; today: string },
): EnrolmentAnswer {
  const base = { enrollmentId: issued.enrollmentId, caseReference: request.caseReference };
  if (scenario?.deny) return { ...base, status: 'denied', reason: scenario.deny };
  if (!programme.acceptsPlanTypes.includes(request.insurance.planType))
    return {
      ...base,
      status: 'denied',
      reason: `${programme.name} does not enrol patients on ${request.insurance.planType} plans`,
    };
  return {
    ...base,
    status: 'enrolled',
    memberId: `${programme.memberIdPrefix}${String(issued.memberNumber).padStart(8, '0')}`,
    annualMaximum: programme.annualMaximum,
    endsOn: addDays(addMonths(issued.today, programme.enrollmentMonths), -1),
  };
}
