import { type EntityManager } from 'typeorm';

/**
 * Makes the changes to one referral's dispensing take turns. An acceptance and its approval
 * arrive on two topics, so two consumers may handle them at once: each keeps its fact and looks
 * for the other, and without this lock each could miss the other's uncommitted row and neither
 * would open the order. Held to the end of the transaction.
 */
export async function lockReferral(manager: EntityManager, referralId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('pharmacy.referral'), hashtext($1))`, [
    referralId,
  ]);
}
