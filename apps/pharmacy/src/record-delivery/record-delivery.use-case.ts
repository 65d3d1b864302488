import { Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { DispenseChangeRunner } from '../dispense-change.runner';
import { type DispenseSummary } from '../dispense-summary';
import { type Receipt } from '../domain/dispense-order.aggregate';
import { PHARMACY_ACTIONS } from '../pharmacy-audit';

export type ReceiptInput = Omit<Receipt, 'by' | 'at'>;

/**
 * The patient's receipt. Out of its temperature range the drug may not be used: the order
 * reopens for a replacement (event `reopened`).
 */
@Injectable()
export class RecordDeliveryUseCase {
  constructor(private readonly runner: DispenseChangeRunner) {}

  execute(id: string, receipt: ReceiptInput, invocation: Invocation): Promise<DispenseSummary> {
    return this.runner.run(id, invocation, PHARMACY_ACTIONS.deliver, ({ context, stamp }) =>
      context.order.recordDelivery(receipt, stamp),
    );
  }
}
