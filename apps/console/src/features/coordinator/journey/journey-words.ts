import { missingItemOf, missingItemWords } from '../shared/missing-items';
import type { CycleStep, JourneyFacts, JourneyStage, Party } from '../referrals/referrals.api';

/** Where a referral stands, in a coordinator's words. */
export const STAGE_WORDS: Record<JourneyStage, string> = {
  intake: 'Intake',
  authorization: 'Prior authorization',
  assistance: 'Copay assistance',
  verification: 'Pharmacist verification',
  release: 'Release of the dose',
  shipment: 'Shipment',
  visit: 'Home visit',
  cycle: 'Later doses',
  closed: 'Closed',
};

export const STEP_WORDS: Record<CycleStep, string> = {
  'next-order': 'the next order',
  verification: 'verification',
  release: 'release',
  shipment: 'shipment',
  visit: 'the home visit',
};

export const PARTY_WORDS: Record<Party, string> = {
  coordinator: 'the coordinator',
  'prior-auth': 'prior authorization',
  payer: 'the payer',
  pharmacist: 'a pharmacist',
  pharmacy: 'the pharmacy',
  carrier: 'the carrier',
  nurse: 'the nurse',
};

/** A timeline entry's facts worth reading (ids aside), e.g. "dose 2 · payer acme-health". */
export function factsInWords(facts: JourneyFacts): string {
  const parts: string[] = [];
  if (facts.kind) parts.push(facts.kind.replace(/_/g, ' '));
  if (facts.cycle !== undefined) parts.push(`dose ${facts.cycle}`);
  if (facts.infusionDay !== undefined) parts.push(`infusion day ${facts.infusionDay}`);
  if (facts.payerId) parts.push(`payer ${facts.payerId}`);
  if (facts.authorizationNumber) parts.push(`number ${facts.authorizationNumber}`);
  if (facts.outcome) parts.push(facts.outcome.replace(/_/g, ' '));
  if (facts.reason) parts.push(facts.reason);
  if (facts.missing?.length)
    parts.push(
      `missing ${facts.missing.map((code) => missingItemWords(missingItemOf(code))).join('; ')}`,
    );
  if (facts.respondBy) parts.push(`answer due ${facts.respondBy.slice(0, 10)}`);
  if (facts.visitDate) parts.push(`visit ${facts.visitDate}`);
  if (facts.givenOn) parts.push(`given ${facts.givenOn}`);
  if (facts.nextDoseDate) parts.push(`next dose ${facts.nextDoseDate}`);
  return parts.join(' · ');
}

/** What the referral waits for; intake's missing-item codes in words. */
export function waitingForWords(what: string): string {
  const missing = /^missing: (.+)$/.exec(what);
  if (!missing?.[1]) return what;
  return `what intake is missing: ${missing[1]
    .split(', ')
    .map((code) => missingItemWords(missingItemOf(code)))
    .join('; ')}`;
}
