import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** A withdrawn referral finds its visits to cancel. */
export class VisitReferralIndex1796400300000 implements MigrationInterface {
  name = 'VisitReferralIndex1796400300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX visit_referral ON visit (referral_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX visit_referral`);
  }
}
