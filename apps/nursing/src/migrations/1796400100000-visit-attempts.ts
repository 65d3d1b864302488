import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A missed visit is rescheduled as a new visit for the same infusion day (its next attempt), so
 * the missed one keeps its record. The first attempt stays unique per dose and day, so a
 * redelivered release still schedules nothing.
 */
export class VisitAttempts1796400100000 implements MigrationInterface {
  name = 'VisitAttempts1796400100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE visit ADD COLUMN attempt integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE visit DROP CONSTRAINT visit_dispense_id_infusion_day_key`);
    await queryRunner.query(
      `ALTER TABLE visit ADD CONSTRAINT visit_dose_day_attempt UNIQUE (dispense_id, infusion_day, attempt)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE visit DROP CONSTRAINT visit_dose_day_attempt`);
    await queryRunner.query(`ALTER TABLE visit DROP COLUMN attempt`);
    await queryRunner.query(`ALTER TABLE visit ADD UNIQUE (dispense_id, infusion_day)`);
  }
}
