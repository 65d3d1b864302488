import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateAssistanceCases1796500000000 implements MigrationInterface {
  name = 'CreateAssistanceCases1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One case per referral: the unique key, not a read before the write, makes the referral
    // and its approval (which may arrive in either order, at once) open one case.
    // What the list filters on and the reconciler looks for are columns; the rest of the case
    // (facts, screening, enrolment) is one document the case reads and writes whole.
    await queryRunner.query(`
      CREATE TABLE assistance_case (
        id uuid PRIMARY KEY,
        referral_id uuid NOT NULL UNIQUE,
        patient_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'needs_financials', 'awaiting_consent',
          'not_eligible', 'enrolling', 'enrolled', 're_enrolment_due', 'denied', 'closed')),
        programme_id text,
        enrolment_call_id uuid,
        re_enrolment_due_on date,
        detail jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX assistance_case_patient ON assistance_case (patient_id, created_at, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX assistance_case_status ON assistance_case (status, created_at, id)`,
    );
    // The rows that call for a job: an enrolment to send, a re-enrolment to note.
    await queryRunner.query(
      `CREATE INDEX assistance_case_open_jobs ON assistance_case (id)
         WHERE status IN ('enrolling', 'enrolled')`,
    );
    // Each released dose counts once against the enrolment, whatever the redeliveries.
    await queryRunner.query(`
      CREATE TABLE assistance_benefit_use (
        case_id uuid NOT NULL REFERENCES assistance_case (id),
        dispense_id uuid NOT NULL,
        cycle integer NOT NULL,
        programme_member_id text NOT NULL,
        amount numeric(12, 2) NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, dispense_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE assistance_benefit_use`);
    await queryRunner.query(`DROP TABLE assistance_case`);
  }
}
