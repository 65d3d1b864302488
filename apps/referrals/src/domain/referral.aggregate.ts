import { ReferralError } from './referral.errors';

export const REFERRAL_STATUSES = [
  'pending_documents',
  'accepted',
  'rejected',
  'cancelled',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** What a transition changed, for the status history and the events it publishes. */
export type ReferralChange =
  | { kind: 'documents-requested'; missing: string[] }
  | { kind: 'accepted' }
  | { kind: 'rejected'; reason: string }
  | { kind: 'cancelled'; reason: string | undefined };

const OPEN: readonly ReferralStatus[] = ['pending_documents', 'accepted'];

/**
 * A referral's intake state. A referral is accepted once nothing is missing and stays accepted;
 * until then it waits for documents and labs. Rejection and cancellation close it.
 */
export class Referral {
  private constructor(
    readonly id: string,
    private currentStatus: ReferralStatus,
    private currentMissing: string[],
  ) {}

  /** A newly received referral, judged on what it came with. */
  static receive(id: string, missing: string[]): { referral: Referral; changes: ReferralChange[] } {
    const referral = new Referral(id, 'pending_documents', []);
    return { referral, changes: referral.judge(missing, true) };
  }

  static restore(id: string, status: ReferralStatus, missing: string[]): Referral {
    return new Referral(id, status, missing);
  }

  get status(): ReferralStatus {
    return this.currentStatus;
  }

  get missing(): readonly string[] {
    return this.currentMissing;
  }

  get isOpen(): boolean {
    return OPEN.includes(this.currentStatus);
  }

  /** Judges the referral again after a document or lab arrived. */
  reevaluate(missing: string[]): ReferralChange[] {
    this.requireOpen('add to');
    return this.judge(missing, false);
  }

  reject(reason: string): ReferralChange[] {
    this.requireOpen('reject');
    if (this.currentStatus === 'accepted') {
      throw new ReferralError(
        'REFERRAL.ALREADY_ACCEPTED',
        `Referral ${this.id} is accepted; cancel it instead.`,
      );
    }
    this.currentStatus = 'rejected';
    return [{ kind: 'rejected', reason }];
  }

  cancel(reason: string | undefined): ReferralChange[] {
    this.requireOpen('cancel');
    this.currentStatus = 'cancelled';
    return [{ kind: 'cancelled', reason }];
  }

  private judge(missing: string[], firstTime: boolean): ReferralChange[] {
    // Acceptance is not taken back by later additions.
    if (this.currentStatus === 'accepted') return [];
    const changed = firstTime || missing.join() !== this.currentMissing.join();
    this.currentMissing = missing;
    if (missing.length === 0) {
      this.currentStatus = 'accepted';
      return [{ kind: 'accepted' }];
    }
    return changed ? [{ kind: 'documents-requested', missing }] : [];
  }

  /** Throws unless the referral is pending or accepted. */
  requireOpen(action: string): void {
    if (!this.isOpen) {
      throw new ReferralError(
        'REFERRAL.NOT_OPEN',
        `Cannot ${action} referral ${this.id}: it is ${this.currentStatus}.`,
      );
    }
  }
}
