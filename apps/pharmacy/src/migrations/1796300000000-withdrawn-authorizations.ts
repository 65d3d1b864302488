import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** An authorization the payer no longer honours (cancelled) stays on record, marked withdrawn. */
export class WithdrawnAuthorizations1796300000000 implements MigrationInterface {
  name = 'WithdrawnAuthorizations1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE authorization_grant ADD COLUMN withdrawn_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE authorization_grant DROP COLUMN withdrawn_at`);
  }
}
