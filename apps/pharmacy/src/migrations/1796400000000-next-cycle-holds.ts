import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A next dose that could not be ordered stays on record until it is: the approval of a
 * reauthorization then opens it.
 */
export class NextCycleHolds1796400000000 implements MigrationInterface {
  name = 'NextCycleHolds1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE next_cycle_hold (
        referral_id uuid NOT NULL,
        given_cycle integer NOT NULL,
        reason text NOT NULL CHECK (reason IN ('no-authorization', 'order-ended')),
        next_dose_date date NOT NULL,
        held_at timestamptz NOT NULL,
        PRIMARY KEY (referral_id, given_cycle)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE next_cycle_hold`);
  }
}
