import { randomUUID } from 'node:crypto';
import { type EventData, ReferralAccepted } from '@infuse/contracts';

export type AcceptedReferral = EventData<typeof ReferralAccepted>;

let counter = 0;

/**
 * An accepted referral of a patient of its own (new ids, a member id of its own, documents with
 * new ids), from the contract's example: Privigen 0.5 g/kg every 28 days for Acme Health.
 */
export function anAcceptedReferral(
  change: (referral: AcceptedReferral) => void = () => undefined,
): AcceptedReferral {
  counter += 1;
  const example = structuredClone(ReferralAccepted.example);
  const referral: AcceptedReferral = {
    ...example,
    referralId: randomUUID(),
    patientId: randomUUID(),
    insurance: { ...example.insurance, memberId: `ACM-${Date.now().toString(36)}${counter}` },
    documents: example.documents
      .slice(0, 2)
      .map((document) => ({ ...document, documentId: randomUUID() })),
  };
  change(referral);
  return referral;
}
