import { type EnrolmentRequest } from './enrolment-request.schema';
import { decideEnrolment } from './programme-enrolment';
import { type SandboxProgramme } from './programs-file.schema';

const copay: SandboxProgramme = {
  id: 'csl-behring-copay',
  name: 'CSL Behring co-pay assistance',
  acceptsPlanTypes: ['commercial'],
  memberIdPrefix: 'CSLB-',
  annualMaximum: 15000,
  enrollmentMonths: 12,
};
const request: EnrolmentRequest = {
  caseReference: 'case-1',
  patient: { firstName: 'Maren', lastName: 'Okafor', dateOfBirth: '1979-03-14' },
  insurance: { planType: 'commercial', payerId: 'acme-health', memberId: 'ACM-883920114' },
  productId: 'privigen',
  consentedOn: '2026-11-21',
};
const issued = { enrollmentId: 'e-1', memberNumber: 42, today: '2026-11-21' };

describe('a sandbox programme deciding an enrolment', () => {
  it('enrols with a member id, its annual maximum and the day before the anniversary', () => {
    expect(decideEnrolment(copay, request, undefined, issued)).toEqual({
      status: 'enrolled',
      enrollmentId: 'e-1',
      caseReference: 'case-1',
      memberId: 'CSLB-00000042',
      annualMaximum: 15000,
      endsOn: '2027-11-20',
    });
  });

  it('refuses a plan type it does not enrol', () => {
    const medicare = {
      ...request,
      insurance: { ...request.insurance, planType: 'medicare' as const },
    };
    expect(decideEnrolment(copay, medicare, undefined, issued)).toMatchObject({
      status: 'denied',
      reason: 'CSL Behring co-pay assistance does not enrol patients on medicare plans',
    });
  });

  it("refuses whom a scenario refuses, with the scenario's reason", () => {
    const scenario = {
      lastName: 'Okafor',
      failStatus: 503,
      failWhen: 'before' as const,
      deny: 'The plan prohibits copay assistance',
    };
    expect(decideEnrolment(copay, request, scenario, issued)).toMatchObject({
      status: 'denied',
      reason: 'The plan prohibits copay assistance',
    });
  });
});
