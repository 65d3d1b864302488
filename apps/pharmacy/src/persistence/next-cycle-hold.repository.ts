import { Injectable } from '@nestjs/common';
import { type NEXT_CYCLE_HOLDS } from '@infuse/contracts';
import { type EntityManager } from 'typeorm';

export interface NextCycleHold {
  readonly referralId: string;
  /** The cycle given; the hold is of the one after it. */
  readonly givenCycle: number;
  readonly reason: (typeof NEXT_CYCLE_HOLDS)[number];
  readonly nextDoseDate: string;
}

/** The next doses that could not be ordered, one per referral and cycle given. */
@Injectable()
export class NextCycleHoldRepository {
  /** Records a hold; false when the same hold, for the same reason, was on record already. */
  async hold(manager: EntityManager, hold: NextCycleHold, at: Date): Promise<boolean> {
    const changed = await manager.query<unknown[]>(
      `INSERT INTO next_cycle_hold (referral_id, given_cycle, reason, next_dose_date, held_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (referral_id, given_cycle) DO UPDATE
         SET reason = excluded.reason, next_dose_date = excluded.next_dose_date, held_at = excluded.held_at
         WHERE next_cycle_hold.reason <> excluded.reason
       RETURNING referral_id`,
      [hold.referralId, hold.givenCycle, hold.reason, hold.nextDoseDate, at],
    );
    return changed.length > 0;
  }

  async release(manager: EntityManager, referralId: string, givenCycle: number): Promise<void> {
    await manager.query(`DELETE FROM next_cycle_hold WHERE referral_id = $1 AND given_cycle = $2`, [
      referralId,
      givenCycle,
    ]);
  }

  /** The referral's hold waiting for an authorization, if any. */
  async awaitingAuthorization(
    manager: EntityManager,
    referralId: string,
  ): Promise<NextCycleHold | undefined> {
    const [row] = await manager.query<
      { given_cycle: number; reason: NextCycleHold['reason']; next_dose_date: string }[]
    >(
      `SELECT given_cycle, reason, next_dose_date::text FROM next_cycle_hold
        WHERE referral_id = $1 AND reason = 'no-authorization'
        ORDER BY given_cycle DESC LIMIT 1`,
      [referralId],
    );
    return row
      ? {
          referralId,
          givenCycle: row.given_cycle,
          reason: row.reason,
          nextDoseDate: row.next_dose_date,
        }
      : undefined;
  }
}
