import { Injectable } from '@nestjs/common';
import { type CaseCloseReason } from '@infuse/contracts';
import { type Invocation } from '@infuse/messaging';
import { ASSISTANCE_ACTIONS } from '../assistance-audit';
import { AssistanceCaseRunner } from '../assistance-case.runner';
import { type AssistanceCase, close } from '../domain/assistance-case';

/** Ends a case: its referral was cancelled, or a coordinator closed it. Closing twice is harmless. */
@Injectable()
export class CloseCaseUseCase {
  constructor(private readonly runner: AssistanceCaseRunner) {}

  /** The referral's case, if it has one. */
  async closeReferral(referralId: string, invocation: Invocation): Promise<void> {
    await this.runner.byReferral(
      referralId,
      invocation,
      ASSISTANCE_ACTIONS.close,
      (assistanceCase) => closeOnce(assistanceCase, 'referral_cancelled'),
    );
  }

  execute(id: string, note: string | undefined, invocation: Invocation): Promise<AssistanceCase> {
    return this.runner.byId(id, invocation, ASSISTANCE_ACTIONS.close, (assistanceCase) =>
      closeOnce(assistanceCase, 'coordinator', note),
    );
  }
}

function closeOnce(assistanceCase: AssistanceCase, reason: CaseCloseReason, note?: string) {
  const events = close(assistanceCase, reason, note);
  return events.length > 0 ? events : null;
}
