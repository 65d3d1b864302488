import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A submission now reads all its documents from referrals in one call and builds its bundle in
 * the transaction that receives them: nothing is gathered between transactions any more, and
 * the documents it sends are named by that call. The bundle sent keeps them, as before.
 */
export class DocumentsReadAtOnce1796600000000 implements MigrationInterface {
  name = 'DocumentsReadAtOnce1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE submission_document`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE submission_document (
        submission_id uuid NOT NULL REFERENCES payer_submission (id),
        document_id uuid NOT NULL,
        position integer NOT NULL,
        type text NOT NULL,
        title text NOT NULL,
        content_type text NOT NULL,
        content_base64 text,
        fetched boolean NOT NULL DEFAULT false,
        PRIMARY KEY (submission_id, document_id)
      )`);
  }
}
