import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The plan an infusion was started under, kept on the visit: a lot the pharmacy declares
 * unusable, or a replacement release, afterwards never changes what the nurse's updates were
 * judged against.
 */
export class VisitPlan1796400200000 implements MigrationInterface {
  name = 'VisitPlan1796400200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE visit ADD COLUMN plan jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE visit DROP COLUMN plan`);
  }
}
