import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The unfiltered work queue is read newest first; the status index cannot serve that order. */
export class WorkQueueOrder1764288000000 implements MigrationInterface {
  name = 'WorkQueueOrder1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX referral_newest_first ON referral (created_at DESC, id DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX referral_newest_first`);
  }
}
