export type DispenseErrorCode =
  | 'DISPENSE.NOT_FOUND'
  | 'DISPENSE.ILLEGAL_TRANSITION'
  | 'DISPENSE.HARD_STOP'
  | 'DISPENSE.ACKNOWLEDGEMENT_MISSING'
  | 'DISPENSE.ACKNOWLEDGEMENT_UNKNOWN'
  | 'DISPENSE.PRODUCT_NOT_DISPENSABLE'
  | 'DISPENSE.LOTS_DO_NOT_MATCH'
  | 'DISPENSE.LOT_NOT_USABLE'
  | 'DISPENSE.NOT_AUTHORIZED'
  | 'DISPENSE.SECOND_PHARMACIST_REQUIRED'
  | 'DISPENSE.WORKSHEET_UNAVAILABLE'
  | 'DISPENSE.PACKED_IN_FUTURE';

/** A rule of dispensing was broken; the code is stable, the controller maps it to HTTP. */
export class DispenseError extends Error {
  constructor(
    readonly code: DispenseErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DispenseError';
  }
}
