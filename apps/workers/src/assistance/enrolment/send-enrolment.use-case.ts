import { Injectable } from '@nestjs/common';
import { systemActor } from '@infuse/contracts';
import { OutboundCalls } from '@infuse/outbound-calls';
import { ASSISTANCE_ACTIONS } from '../assistance-audit';
import { AssistanceCaseRunner } from '../assistance-case.runner';
import { type AssistanceCase, enrolmentCalled, stepOf } from '../domain/assistance-case';
import { EnrolInProgramme, programmeTarget } from './enrol-in-programme.call';

/**
 * The enrol job: records the call to the case's programme, once, in the transaction that marks
 * the case as called; the dispatcher sends it after commit (retries with backoff under one
 * Idempotency-Key). A job whose case has moved on (another programme, closed) does nothing.
 */
@Injectable()
export class SendEnrolmentUseCase {
  constructor(
    private readonly runner: AssistanceCaseRunner,
    private readonly outboundCalls: OutboundCalls,
  ) {}

  async execute(caseId: string, programmeId: string): Promise<void> {
    const invocation = { actor: systemActor('workers') };
    await this.runner.byId(
      caseId,
      invocation,
      ASSISTANCE_ACTIONS.sendEnrolment,
      async (assistanceCase, { manager }) => {
        const step = stepOf(assistanceCase);
        if (step?.step !== 'enrol' || step.programmeId !== programmeId) return null;
        const call = await this.outboundCalls.record(manager, EnrolInProgramme, {
          request: {
            target: programmeTarget(programmeId),
            method: 'POST',
            path: 'enrollments',
            body: { json: enrolmentRequestOf(assistanceCase) },
          },
          context: { caseId, programmeId },
          correlationId: assistanceCase.referralId,
          actor: invocation.actor,
        });
        enrolmentCalled(assistanceCase, call.id);
        return [];
      },
    );
  }
}

/** What the programme is told: who, insured how, for which product, with consent and income. */
function enrolmentRequestOf(assistanceCase: AssistanceCase) {
  const { referral, product, household, consent } = assistanceCase;
  if (!referral || !consent) throw new Error('an enrolment without its referral or consent');
  return {
    caseReference: assistanceCase.id,
    patient: referral.patient,
    insurance: {
      planType: referral.planType,
      ...(referral.payerId ? { payerId: referral.payerId } : {}),
      ...(referral.memberId ? { memberId: referral.memberId } : {}),
    },
    ...(product ? { productId: product.productId } : {}),
    ...(household ? { household } : {}),
    consentedOn: consent.consentedOn,
  };
}
