import { Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { DispenseChangeRunner } from '../dispense-change.runner';
import { type DispenseSummary } from '../dispense-summary';
import { PHARMACY_ACTIONS } from '../pharmacy-audit';

/** A pharmacist cancels a dose not yet on its way; a released one frees its units. */
@Injectable()
export class CancelDispenseUseCase {
  constructor(private readonly runner: DispenseChangeRunner) {}

  execute(id: string, reason: string, invocation: Invocation): Promise<DispenseSummary> {
    return this.runner.run(id, invocation, PHARMACY_ACTIONS.cancel, ({ context, stamp }) =>
      context.order.cancel(reason, stamp),
    );
  }
}
