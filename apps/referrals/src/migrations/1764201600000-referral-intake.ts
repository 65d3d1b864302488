import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Intake state (what is missing, off-label), labs as rows, status history, idempotency keys. */
export class ReferralIntake1764201600000 implements MigrationInterface {
  name = 'ReferralIntake1764201600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE referral SET status = 'pending_documents' WHERE status = 'received'`,
    );
    await queryRunner.query(`
      ALTER TABLE referral
        ADD COLUMN missing text[] NOT NULL DEFAULT '{}',
        ADD COLUMN off_label boolean NOT NULL DEFAULT false,
        ADD COLUMN submitted_on date NOT NULL DEFAULT current_date,
        ADD CONSTRAINT referral_status CHECK (status IN ('pending_documents', 'accepted', 'rejected', 'cancelled'))`);
    await queryRunner.query(`ALTER TABLE referral ALTER COLUMN submitted_on DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE referral_document ADD COLUMN added_by text NOT NULL DEFAULT 'unknown'`,
    );
    await queryRunner.query(`ALTER TABLE referral_document ALTER COLUMN added_by DROP DEFAULT`);
    await queryRunner.query(`
      CREATE TABLE referral_lab (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL REFERENCES referral (id),
        code text NOT NULL,
        value numeric NOT NULL,
        unit text NOT NULL,
        collected_on date NOT NULL,
        added_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX referral_lab_referral ON referral_lab (referral_id)`);
    await queryRunner.query(`
      CREATE TABLE referral_status_change (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        referral_id uuid NOT NULL REFERENCES referral (id),
        status text NOT NULL,
        missing text[] NOT NULL DEFAULT '{}',
        reason text,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX referral_status_change_referral ON referral_status_change (referral_id, id)`,
    );
    await queryRunner.query(`
      CREATE TABLE idempotency_key (
        subject text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (subject, key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotency_key`);
    await queryRunner.query(`DROP TABLE referral_status_change`);
    await queryRunner.query(`DROP TABLE referral_lab`);
    await queryRunner.query(`ALTER TABLE referral_document DROP COLUMN added_by`);
    await queryRunner.query(
      `ALTER TABLE referral DROP CONSTRAINT referral_status, DROP COLUMN submitted_on, DROP COLUMN off_label, DROP COLUMN missing`,
    );
  }
}
