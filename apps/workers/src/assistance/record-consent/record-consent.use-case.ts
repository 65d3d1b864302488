import { Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { ASSISTANCE_ACTIONS } from '../assistance-audit';
import { AssistanceCaseRunner } from '../assistance-case.runner';
import { recordConsent } from '../domain/assistance-case';
import { type ConsentInput } from './consent-body.pipe';

/**
 * The patient consented to enrolment: recorded on the case, and a case waiting only on it goes
 * on to enrol (the enrol job is scheduled on commit). A consent recorded before stands.
 */
@Injectable()
export class RecordConsentUseCase {
  constructor(private readonly runner: AssistanceCaseRunner) {}

  async execute(id: string, input: ConsentInput, invocation: Invocation): Promise<void> {
    await this.runner.byId(id, invocation, ASSISTANCE_ACTIONS.recordConsent, (assistanceCase) => {
      recordConsent(assistanceCase, {
        recordedBy: invocation.actor.subject,
        consentedOn: input.consentedOn,
      });
      return [];
    });
  }
}
