import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Labs and documents keep the order they were added in (submitted ones first), so the referral
 * as read and the accepted event list them alike. Rows from before are ordered as stored.
 */
export class AttachmentOrder1764374400000 implements MigrationInterface {
  name = 'AttachmentOrder1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['referral_lab', 'referral_document']) {
      await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN position integer`);
      await queryRunner.query(`
        UPDATE ${table} t SET position = ordered.position
          FROM (SELECT id, row_number() OVER (PARTITION BY referral_id ORDER BY created_at, id) - 1 AS position
                  FROM ${table}) ordered
         WHERE ordered.id = t.id`);
      await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN position SET NOT NULL`);
      // Serves reads by referral too, so the index on referral_id alone goes.
      await queryRunner.query(
        `CREATE UNIQUE INDEX ${table}_position ON ${table} (referral_id, position)`,
      );
      await queryRunner.query(`DROP INDEX ${table}_referral`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['referral_lab', 'referral_document']) {
      await queryRunner.query(`CREATE INDEX ${table}_referral ON ${table} (referral_id)`);
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN position`);
    }
  }
}
