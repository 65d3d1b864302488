import { type EntityManager } from 'typeorm';

/**
 * Makes the changes to one referral's visits take turns. An acceptance and a released dose
 * arrive on two topics, so two consumers may handle them at once: each keeps its fact and looks
 * for the other, and without this lock each could miss the other's uncommitted row and neither
 * would schedule the visits. Held to the end of the transaction.
 */
export async function lockReferral(manager: EntityManager, referralId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('nursing.referral'), hashtext($1))`, [
    referralId,
  ]);
}
