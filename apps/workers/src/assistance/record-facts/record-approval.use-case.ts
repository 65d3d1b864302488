import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type AuthorizationApproved, type EventData } from '@infuse/contracts';
import { type Invocation } from '@infuse/messaging';
import { ASSISTANCE_ACTIONS } from '../assistance-audit';
import { AssistanceCaseRunner } from '../assistance-case.runner';
import { openCase } from '../domain/assistance-case';
import { CaseScreener } from '../screening/case-screener';

/**
 * The payer approved the therapy: screening starts if the referral is in (the case is opened
 * if the referral has not arrived yet). A later approval (a reauthorization) changes nothing.
 */
@Injectable()
export class RecordApprovalUseCase {
  constructor(
    private readonly runner: AssistanceCaseRunner,
    private readonly screener: CaseScreener,
  ) {}

  async execute(
    event: EventData<typeof AuthorizationApproved>,
    invocation: Invocation,
  ): Promise<void> {
    const fresh = openCase({
      id: randomUUID(),
      referralId: event.referralId,
      patientId: event.patientId,
    });
    await this.runner.openOrChange(
      fresh,
      invocation,
      ASSISTANCE_ACTIONS.recordApproval,
      (assistanceCase, { now }) => {
        if (assistanceCase.authorizationApproved) return null;
        assistanceCase.authorizationApproved = true;
        return this.screener.rescreen(assistanceCase, now);
      },
    );
  }
}
