import { Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { DispenseChangeRunner } from '../dispense-change.runner';
import { type DispenseSummary } from '../dispense-summary';
import { type Shipment } from '../domain/dispense-order.aggregate';
import { DispenseError } from '../domain/dispense.errors';
import { PHARMACY_ACTIONS } from '../pharmacy-audit';

export type ShipmentInput = Omit<Shipment, 'by' | 'at'>;

// Clocks of the packing bench and the server disagree a little; not by more.
const CLOCK_SKEW_MS = 5 * 60_000;

/** The released dose leaves cold: its carrier, tracking number and validated pack-out. */
@Injectable()
export class ShipDispenseUseCase {
  constructor(private readonly runner: DispenseChangeRunner) {}

  execute(id: string, shipment: ShipmentInput, invocation: Invocation): Promise<DispenseSummary> {
    return this.runner.run(id, invocation, PHARMACY_ACTIONS.ship, ({ context, stamp }) => {
      if (Date.parse(shipment.packOut.packedAt) > stamp.at.getTime() + CLOCK_SKEW_MS)
        throw new DispenseError(
          'DISPENSE.PACKED_IN_FUTURE',
          'The pack-out is dated in the future.',
          {
            fieldErrors: [{ pointer: '/packOut/packedAt', detail: 'is in the future' }],
          },
        );
      context.order.ship(shipment, stamp);
    });
  }
}
