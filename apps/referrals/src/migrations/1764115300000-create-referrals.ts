import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateReferrals1764115300000 implements MigrationInterface {
  name = 'CreateReferrals1764115300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE patient (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        mrn text UNIQUE,
        first_name text NOT NULL,
        last_name text NOT NULL,
        date_of_birth date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX patient_name_birth ON patient (lower(last_name), lower(first_name), date_of_birth)`,
    );
    await queryRunner.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        patient_id uuid NOT NULL REFERENCES patient (id),
        status text NOT NULL,
        therapy text NOT NULL,
        diagnosis_code text NOT NULL,
        submission jsonb NOT NULL,
        submitted_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX referral_patient ON referral (patient_id)`);
    await queryRunner.query(
      `CREATE INDEX referral_work_queue ON referral (status, created_at DESC, id DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE referral_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL REFERENCES referral (id),
        type text NOT NULL,
        title text NOT NULL,
        content_type text NOT NULL,
        size_bytes integer NOT NULL,
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX referral_document_referral ON referral_document (referral_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE referral_document`);
    await queryRunner.query(`DROP TABLE referral`);
    await queryRunner.query(`DROP TABLE patient`);
  }
}
