import { type EventContract } from './event-contract';
import { ReferralAccepted } from './referrals/referral-accepted.event';
import {
  ReferralDocumentAdded,
  ReferralLabAdded,
} from './referrals/referral-attachment-added.event';
import { ReferralCancelled } from './referrals/referral-cancelled.event';
import { ReferralDocumentsRequested } from './referrals/referral-documents-requested.event';
import { ReferralReceived } from './referrals/referral-received.event';
import { ReferralRejected } from './referrals/referral-rejected.event';

/** Every event type, grouped by topic in the order of a referral's life. */
export const EVENT_CONTRACTS: readonly EventContract[] = Object.freeze([
  ReferralReceived,
  ReferralDocumentsRequested,
  ReferralDocumentAdded,
  ReferralLabAdded,
  ReferralAccepted,
  ReferralRejected,
  ReferralCancelled,
]);

const byType = new Map(EVENT_CONTRACTS.map((contract) => [contract.type, contract]));

/** The contract of a CloudEvents type, or undefined for a type this build does not know. */
export function contractFor(type: string): EventContract | undefined {
  return byType.get(type);
}
