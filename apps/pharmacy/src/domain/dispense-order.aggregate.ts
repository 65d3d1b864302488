import { type IsoDate } from '@infuse/clinical';
import { type Therapy } from '@infuse/contracts';
import { DispenseError } from './dispense.errors';

/** Where a dose stands, from the queue to the patient's home. */
export const DISPENSE_STATUSES = [
  'awaiting_verification',
  'verified',
  'released',
  'shipped',
  'delivered',
  'reopened',
  'cancelled',
] as const;
export type DispenseStatus = (typeof DISPENSE_STATUSES)[number];

/** A dose not yet on its way: it may still be cancelled (shipped drug is with the carrier). */
export const OPEN_STATUSES: readonly DispenseStatus[] = [
  'awaiting_verification',
  'verified',
  'released',
  'reopened',
];

/** Who did something, and when. */
export interface Stamp {
  readonly by: string;
  readonly at: Date;
}

export interface Cancellation extends Stamp {
  readonly reason: string;
}

/** What happened to a dose in one change; each becomes one event. */
export type DispenseChange = { kind: 'created' } | { kind: 'cancelled' };

/** Everything a dispense order holds. */
export interface DispenseOrderState {
  readonly id: string;
  readonly referralId: string;
  readonly patientId: string;
  readonly cycle: number;
  status: DispenseStatus;
  readonly therapy: Therapy;
  /** The product proposed until a pharmacist verifies one. */
  productId: string;
  /** The authorization the order was created against. */
  readonly authorizationId: string;
  /** One per infusion day of the cycle. */
  readonly administrationDates: readonly IsoDate[];
  cancellation?: Cancellation;
  readonly createdAt: Date;
  updatedAt: Date;
}

/** What opening an order needs. */
export type OpeningInput = Omit<
  DispenseOrderState,
  'status' | 'cancellation' | 'createdAt' | 'updatedAt'
> & { readonly at: Date };

/**
 * One dose of one cycle, from the pharmacist's queue to the patient's home. It guards its
 * transitions and records the changes the events announce.
 */
export class DispenseOrder {
  private readonly pending: DispenseChange[] = [];

  private constructor(private readonly state: DispenseOrderState) {}

  static open(input: OpeningInput): DispenseOrder {
    const { at, ...fields } = input;
    if (fields.administrationDates.length === 0)
      throw new Error('a dispense order needs at least one administration date');
    const order = new DispenseOrder({
      ...fields,
      status: 'awaiting_verification',
      createdAt: at,
      updatedAt: at,
    });
    order.pending.push({ kind: 'created' });
    return order;
  }

  static restore(state: DispenseOrderState): DispenseOrder {
    return new DispenseOrder({ ...state });
  }

  get id(): string {
    return this.state.id;
  }
  get referralId(): string {
    return this.state.referralId;
  }
  get patientId(): string {
    return this.state.patientId;
  }
  get cycle(): number {
    return this.state.cycle;
  }
  get status(): DispenseStatus {
    return this.state.status;
  }
  get productId(): string {
    return this.state.productId;
  }
  get administrationDates(): readonly IsoDate[] {
    return this.state.administrationDates;
  }
  /** The first administration date: the queue's order. */
  get dueOn(): IsoDate {
    return this.state.administrationDates[0] as IsoDate;
  }
  get snapshot(): Readonly<DispenseOrderState> {
    return this.state;
  }
  get changes(): readonly DispenseChange[] {
    return this.pending;
  }

  get isOpen(): boolean {
    return OPEN_STATUSES.includes(this.state.status);
  }

  /** The dose will not be dispensed: a pharmacist's decision, or its referral was withdrawn. */
  cancel(reason: string, stamp: Stamp): void {
    this.require(OPEN_STATUSES, 'cancelled');
    this.state.status = 'cancelled';
    this.state.cancellation = { reason, ...stamp };
    this.touch(stamp.at);
    this.pending.push({ kind: 'cancelled' });
  }

  private require(allowed: readonly DispenseStatus[], to: string): void {
    if (!allowed.includes(this.state.status))
      throw new DispenseError(
        'DISPENSE.ILLEGAL_TRANSITION',
        `Dispense ${this.state.id} is ${this.state.status}; it cannot be ${to}.`,
        { status: this.state.status },
      );
  }

  private touch(at: Date): void {
    this.state.updatedAt = at;
  }
}
