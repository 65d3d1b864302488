import { Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { ASSISTANCE_ACTIONS } from '../assistance-audit';
import { AssistanceCaseRunner } from '../assistance-case.runner';
import { recordBenefits } from '../domain/assistance-case';
import { type BenefitsInput } from './benefits.schema';

/** The coordinator recorded the benefits investigation; an enrolled case warns of its plan. */
@Injectable()
export class RecordBenefitsUseCase {
  constructor(private readonly runner: AssistanceCaseRunner) {}

  async execute(id: string, input: BenefitsInput, invocation: Invocation): Promise<void> {
    await this.runner.byId(id, invocation, ASSISTANCE_ACTIONS.recordBenefits, (assistanceCase) =>
      recordBenefits(assistanceCase, input),
    );
  }
}
