import { type IsoDate } from '@infuse/clinical';
import { type ReleasedLot, type Therapy } from '@infuse/contracts';
import { DispenseError } from './dispense.errors';
import { type Worksheet } from './worksheet/worksheet';

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

/** A warning the pharmacist acknowledged, and why she went ahead. */
export interface Acknowledgement {
  readonly code: string;
  readonly reason: string;
}

/** The authorization prior-auth is asked to update when the brand bills under another code. */
export interface AuthorizationUpdate {
  readonly authorizationId: string;
  readonly authorizedHcpcs: string;
  readonly requestedHcpcs: string;
  readonly productBrand: string;
}

/** The dose as a pharmacist verified it: the worksheet is kept exactly as she saw it. */
export interface Verification extends Stamp {
  readonly productId: string;
  readonly acknowledgements: readonly Acknowledgement[];
  readonly worksheet: Worksheet;
  readonly authorizationUpdate?: AuthorizationUpdate;
}

/** The dose as released: its lots, and the authorization its units count against. */
export interface Release extends Stamp {
  readonly lots: readonly ReleasedLot[];
  readonly hcpcs: string;
  readonly units: number;
  readonly authorizationId: string;
  readonly authorizationNumber: string;
}

export interface Shipment extends Stamp {
  readonly carrier: string;
  readonly trackingNumber: string;
  readonly packOut: {
    readonly type: string;
    readonly validatedHours: number;
    readonly packedAt: string;
  };
}

export interface Receipt extends Stamp {
  readonly receivedBy: string;
  readonly temperatureInRange: boolean;
}

/** A release whose drug may not be used (it arrived out of its temperature range). */
export interface UnusableRelease {
  readonly release: Release;
  readonly shipment: Shipment;
  readonly receipt: Receipt;
}

/** What happened to a dose in one change; each becomes one event. */
export type DispenseChange =
  | { kind: 'created' }
  | { kind: 'verified' }
  | { kind: 'released' }
  | { kind: 'shipped' }
  | { kind: 'delivered' }
  | { kind: 'reopened'; unusable: UnusableRelease }
  | { kind: 'cancelled' };

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
  verification?: Verification;
  release?: Release;
  shipment?: Shipment;
  delivery?: Receipt;
  unusableReleases: UnusableRelease[];
  cancellation?: Cancellation;
  readonly createdAt: Date;
  updatedAt: Date;
}

/** What opening an order needs. */
export type OpeningInput = Pick<
  DispenseOrderState,
  | 'id'
  | 'referralId'
  | 'patientId'
  | 'cycle'
  | 'therapy'
  | 'productId'
  | 'authorizationId'
  | 'administrationDates'
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
      unusableReleases: [],
      createdAt: at,
      updatedAt: at,
    });
    order.pending.push({ kind: 'created' });
    return order;
  }

  static restore(state: DispenseOrderState): DispenseOrder {
    return new DispenseOrder({ ...state, unusableReleases: [...state.unusableReleases] });
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

  get verification(): Verification | undefined {
    return this.state.verification;
  }
  get release(): Release | undefined {
    return this.state.release;
  }

  /** Units counted against an authorization: those of a release on its way or delivered. */
  get releasedUnits(): number | undefined {
    return ['released', 'shipped', 'delivered'].includes(this.state.status)
      ? this.state.release?.units
      : undefined;
  }

  /**
   * A pharmacist verifies the dose on its worksheet: a stop can never be overridden, and every
   * warning needs her acknowledgement with a reason; acknowledging what is not a warning of this
   * worksheet is a mistake, not a formality.
   */
  verify(
    worksheet: Worksheet,
    acknowledgements: readonly Acknowledgement[],
    stamp: Stamp,
    authorizationUpdate?: AuthorizationUpdate,
  ): void {
    this.require(['awaiting_verification'], 'verified');
    const codes = (severity: string) =>
      worksheet.findings.filter((finding) => finding.severity === severity).map((f) => f.code);
    const stops = codes('stop');
    if (stops.length > 0)
      throw new DispenseError(
        'DISPENSE.HARD_STOP',
        `Verification is blocked by ${stops.join(', ')}, which cannot be overridden.`,
        { codes: stops },
      );
    const warnings = codes('warn');
    const acknowledged = new Set(acknowledgements.map((acknowledgement) => acknowledgement.code));
    const missing = warnings.filter((code) => !acknowledged.has(code));
    if (missing.length > 0)
      throw new DispenseError(
        'DISPENSE.ACKNOWLEDGEMENT_MISSING',
        `Acknowledge ${missing.join(', ')} with a reason.`,
        {
          codes: missing,
          fieldErrors: missing.map((code) => ({
            pointer: '/acknowledgements',
            detail: `${code} needs an acknowledgement with a reason`,
          })),
        },
      );
    const unknown = acknowledgements.filter(
      (acknowledgement) => !warnings.includes(acknowledgement.code),
    );
    if (unknown.length > 0)
      throw new DispenseError(
        'DISPENSE.ACKNOWLEDGEMENT_UNKNOWN',
        `${unknown.map((a) => a.code).join(', ')} is not a warning of this worksheet.`,
        {
          codes: unknown.map((a) => a.code),
          fieldErrors: unknown.map((a) => ({
            pointer: `/acknowledgements/${acknowledgements.indexOf(a)}/code`,
            detail: `${a.code} is not a warning of this worksheet`,
          })),
        },
      );
    this.state.productId = worksheet.product.productId;
    this.state.verification = {
      productId: worksheet.product.productId,
      acknowledgements: [...acknowledgements],
      worksheet,
      ...(authorizationUpdate ? { authorizationUpdate } : {}),
      ...stamp,
    };
    this.state.status = 'verified';
    this.touch(stamp.at);
    this.pending.push({ kind: 'verified' });
  }

  /**
   * Releases the verified dose with its lots (checked by the caller against the worksheet and the
   * authorization). A first dose needs a second pharmacist when the pharmacy requires one.
   */
  releaseWith(
    release: Omit<Release, 'by' | 'at'>,
    stamp: Stamp,
    secondPharmacistRule: boolean,
  ): void {
    this.require(['verified', 'reopened'], 'released');
    const verifiedBy = this.requireVerification().by;
    if (secondPharmacistRule && this.state.cycle === 1 && verifiedBy === stamp.by)
      throw new DispenseError(
        'DISPENSE.SECOND_PHARMACIST_REQUIRED',
        'A first dose is released by a second pharmacist, not the one who verified it.',
        { verifiedBy },
      );
    this.state.release = { ...release, ...stamp };
    this.state.status = 'released';
    this.touch(stamp.at);
    this.pending.push({ kind: 'released' });
  }

  ship(shipment: Omit<Shipment, 'by' | 'at'>, stamp: Stamp): void {
    this.require(['released'], 'shipped');
    this.state.shipment = { ...shipment, ...stamp };
    this.state.status = 'shipped';
    this.touch(stamp.at);
    this.pending.push({ kind: 'shipped' });
  }

  /**
   * Records the patient's receipt. Drug that arrived out of its temperature range may not be
   * used: the order reopens for a replacement, released again with new lots, and the spoiled
   * release no longer counts against the authorization (it will never be given or billed).
   */
  recordDelivery(receipt: Omit<Receipt, 'by' | 'at'>, stamp: Stamp): void {
    this.require(['shipped'], 'delivered');
    const delivery: Receipt = { ...receipt, ...stamp };
    this.touch(stamp.at);
    if (receipt.temperatureInRange) {
      this.state.delivery = delivery;
      this.state.status = 'delivered';
      this.pending.push({ kind: 'delivered' });
      return;
    }
    const unusable: UnusableRelease = {
      release: this.requireRelease(),
      shipment: required(this.state.shipment, 'shipment'),
      receipt: delivery,
    };
    this.state.unusableReleases.push(unusable);
    delete this.state.release;
    delete this.state.shipment;
    this.state.status = 'reopened';
    this.pending.push({ kind: 'reopened', unusable });
  }

  requireVerification(): Verification {
    return required(this.state.verification, 'verification');
  }

  requireRelease(): Release {
    return required(this.state.release, 'release');
  }

  /** The dose will not be dispensed: a pharmacist's decision, or its referral was withdrawn. */
  cancel(reason: string, stamp: Stamp): void {
    this.require(OPEN_STATUSES, 'cancelled');
    this.state.status = 'cancelled';
    this.state.cancellation = { reason, ...stamp };
    this.touch(stamp.at);
    this.pending.push({ kind: 'cancelled' });
  }

  /** Fails unless the order may move to `to` from where it stands. */
  requireStatus(allowed: readonly DispenseStatus[], to: string): void {
    this.require(allowed, to);
  }

  private require(allowed: readonly DispenseStatus[], to: string): void {
    if (!allowed.includes(this.state.status))
      throw new DispenseError(
        'DISPENSE.ILLEGAL_TRANSITION',
        `Dispense ${this.state.id} is ${this.state.status}; it cannot be ${to}.`,
        { dispenseStatus: this.state.status },
      );
  }

  private touch(at: Date): void {
    this.state.updatedAt = at;
  }
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`a dispense order without its ${what}`);
  return value;
}
