import { Inject, Injectable } from '@nestjs/common';
import { type DispenseReleased, type EventData } from '@infuse/contracts';
import { type Invocation } from '@infuse/messaging';
import { ASSISTANCE_ACTIONS } from '../assistance-audit';
import { AssistanceCaseRunner } from '../assistance-case.runner';
import { type AssistanceSettings, assistanceSettingsConfig } from '../assistance-settings.config';
import { recordDose } from '../domain/assistance-case';
import { AssistanceCaseRepository } from '../persistence/assistance-case.repository';

/**
 * A dose was released: the case's cost share per dose counts against the programme's annual
 * maximum, once per dose, and the case warns when most of it is used.
 */
@Injectable()
export class CountDoseUseCase {
  constructor(
    private readonly runner: AssistanceCaseRunner,
    private readonly cases: AssistanceCaseRepository,
    @Inject(assistanceSettingsConfig.token) private readonly settings: AssistanceSettings,
  ) {}

  async execute(event: EventData<typeof DispenseReleased>, invocation: Invocation): Promise<void> {
    await this.runner.byReferral(
      event.referralId,
      invocation,
      ASSISTANCE_ACTIONS.recordDose,
      async (assistanceCase, { manager, now }) => {
        const enrolment = assistanceCase.enrolment;
        if (!enrolment) return null;
        const first = await this.cases.claimDose(manager, {
          caseId: assistanceCase.id,
          dispenseId: event.dispenseId,
          cycle: event.cycle,
          programmeMemberId: enrolment.programmeMemberId,
          at: now,
        });
        if (!first) return null;
        const { counted, events } = recordDose(
          assistanceCase,
          this.settings.ASSISTANCE_BENEFIT_WARNING_PERCENT,
        );
        await this.cases.countDose(manager, assistanceCase.id, event.dispenseId, counted);
        return events;
      },
    );
  }
}
