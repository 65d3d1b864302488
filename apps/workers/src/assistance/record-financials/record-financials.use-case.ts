import { Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { ASSISTANCE_ACTIONS } from '../assistance-audit';
import { AssistanceCaseRunner } from '../assistance-case.runner';
import { assertOpen } from '../domain/assistance-case';
import { CaseScreener } from '../screening/case-screener';
import { type FinancialsInput } from './financials.schema';

/** The coordinator recorded the household: the case is screened again with it. */
@Injectable()
export class RecordFinancialsUseCase {
  constructor(
    private readonly runner: AssistanceCaseRunner,
    private readonly screener: CaseScreener,
  ) {}

  async execute(id: string, input: FinancialsInput, invocation: Invocation): Promise<void> {
    await this.runner.byId(
      id,
      invocation,
      ASSISTANCE_ACTIONS.recordFinancials,
      (assistanceCase, { now }) => {
        assertOpen(assistanceCase);
        assistanceCase.household = { size: input.householdSize, annualIncome: input.annualIncome };
        return this.screener.rescreen(assistanceCase, now);
      },
    );
  }
}
