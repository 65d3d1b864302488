import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type EventData, type ReferralAccepted } from '@infuse/contracts';
import { type Invocation } from '@infuse/messaging';
import { ASSISTANCE_ACTIONS } from '../assistance-audit';
import { AssistanceCaseRunner } from '../assistance-case.runner';
import { openCase } from '../domain/assistance-case';
import { productOfBrand } from '../programmes/catalogue-product';
import { CaseScreener } from '../screening/case-screener';

/**
 * The referral was accepted: the case learns the plan, the diagnosis and the prescriber's brand
 * (opening the case if the approval has not), and is screened if the approval is in.
 */
@Injectable()
export class RecordReferralUseCase {
  constructor(
    private readonly runner: AssistanceCaseRunner,
    private readonly screener: CaseScreener,
  ) {}

  async execute(event: EventData<typeof ReferralAccepted>, invocation: Invocation): Promise<void> {
    const { referralId, patientId, insurance, patient, order } = event;
    const fresh = openCase({ id: randomUUID(), referralId, patientId });
    await this.runner.openOrChange(
      fresh,
      invocation,
      ASSISTANCE_ACTIONS.recordReferral,
      (assistanceCase, { now }) => {
        // The same acceptance again (a replay upstream) changes nothing.
        if (assistanceCase.referral) return null;
        assistanceCase.referral = {
          planType: insurance.planType,
          ...(insurance.payerId ? { payerId: insurance.payerId } : {}),
          ...(insurance.memberId ? { memberId: insurance.memberId } : {}),
          diagnosisCode: order.diagnosisCode,
          ...(patient.address ? { state: patient.address.state } : {}),
          patient: {
            firstName: patient.firstName,
            lastName: patient.lastName,
            dateOfBirth: patient.dateOfBirth,
          },
        };
        assistanceCase.product ??= productOfBrand(order.productPreference);
        return this.screener.rescreen(assistanceCase, now);
      },
    );
  }
}
