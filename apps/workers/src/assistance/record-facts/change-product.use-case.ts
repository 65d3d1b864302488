import { Injectable } from '@nestjs/common';
import { type DispenseVerified, type EventData } from '@infuse/contracts';
import { type Invocation } from '@infuse/messaging';
import { ASSISTANCE_ACTIONS } from '../assistance-audit';
import { AssistanceCaseRunner } from '../assistance-case.runner';
import { isOpen } from '../domain/assistance-case';
import { productOfId } from '../programmes/catalogue-product';
import { CaseScreener } from '../screening/case-screener';

/**
 * A pharmacist verified a dose: a brand other than the case's (another maker's, perhaps)
 * screens the case again, since each copay programme belongs to the maker of the product.
 */
@Injectable()
export class ChangeProductUseCase {
  constructor(
    private readonly runner: AssistanceCaseRunner,
    private readonly screener: CaseScreener,
  ) {}

  async execute(event: EventData<typeof DispenseVerified>, invocation: Invocation): Promise<void> {
    const verified = productOfId(event.productId);
    if (!verified) return;
    await this.runner.byReferral(
      event.referralId,
      invocation,
      ASSISTANCE_ACTIONS.changeProduct,
      (assistanceCase, { now }) => {
        if (!isOpen(assistanceCase) || assistanceCase.product?.productId === verified.productId)
          return null;
        assistanceCase.product = verified;
        return this.screener.rescreen(assistanceCase, now);
      },
    );
  }
}
