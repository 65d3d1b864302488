import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The work queue filtered by payer, newest first. The payer lives in the submission document,
 * so the index is on the expression the list query filters by.
 */
export class WorkQueueByPayer1796486400000 implements MigrationInterface {
  name = 'WorkQueueByPayer1796486400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX referral_by_payer_newest_first
         ON referral ((submission->'insurance'->>'payerId'), created_at DESC, id DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX referral_by_payer_newest_first`);
  }
}
