import { type AssistanceCase } from '../domain/assistance-case';

/**
 * A case as the coordinator sees it: where it stands, what it still needs, the screening with
 * each programme's verdict and reasons, the enrolment and the benefit used.
 */
export function caseViewOf(
  assistanceCase: AssistanceCase,
  times: { createdAt: Date; updatedAt: Date },
) {
  const { screening, enrolment, referral } = assistanceCase;
  return {
    id: assistanceCase.id,
    referralId: assistanceCase.referralId,
    patientId: assistanceCase.patientId,
    status: assistanceCase.status,
    needs: needsOf(assistanceCase),
    planType: referral?.planType ?? null,
    product: assistanceCase.product ?? null,
    household: assistanceCase.household ?? null,
    benefits: assistanceCase.benefits ?? null,
    consent: assistanceCase.consent ?? null,
    screening: screening
      ? {
          outcome: screening.outcome,
          screenedAt: screening.screenedAt.toISOString(),
          chosen: screening.chosen ?? null,
          programmes: screening.programmes,
        }
      : null,
    programme: assistanceCase.programme ?? null,
    enrolment: enrolment
      ? {
          programme: enrolment.programme,
          programmeMemberId: enrolment.programmeMemberId,
          annualMaximum: enrolment.annualMaximum,
          endsOn: enrolment.endsOn,
          enrolledAt: enrolment.enrolledAt.toISOString(),
          usedAmount: assistanceCase.usedAmount,
          reEnrolmentDueOn: assistanceCase.reEnrolmentDueOn ?? null,
        }
      : null,
    warnings: assistanceCase.warnings,
    denialReason: assistanceCase.denialReason ?? null,
    closedReason: assistanceCase.closedReason ?? null,
    createdAt: times.createdAt.toISOString(),
    updatedAt: times.updatedAt.toISOString(),
  };
}

export type CaseView = ReturnType<typeof caseViewOf>;

/** What the case waits for, in words a coordinator acts on. */
function needsOf(assistanceCase: AssistanceCase): string[] {
  const needs: string[] = [];
  if (!assistanceCase.referral) needs.push('the accepted referral');
  if (!assistanceCase.authorizationApproved) needs.push('an approved authorization');
  if (assistanceCase.status === 'needs_financials') needs.push('household size and annual income');
  if (assistanceCase.status === 'awaiting_consent') needs.push("the patient's consent");
  if (!assistanceCase.benefits && assistanceCase.status !== 'closed')
    needs.push('the benefits investigation (cost share per dose, accumulator or maximizer plan)');
  return needs;
}
