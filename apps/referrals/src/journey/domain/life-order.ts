import { EVENT_CONTRACTS } from '@infuse/contracts';

const POSITION = new Map(EVENT_CONTRACTS.map((contract, index) => [contract.type, index]));

/**
 * Where an event type falls in a referral's life (the event registry lists them in that order),
 * to order events of the same instant: a referral received and accepted in one transaction.
 */
export function lifeOrder(type: string): number {
  return POSITION.get(type) ?? POSITION.size;
}
