import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateProgrammeEnrolments1796500000000 implements MigrationInterface {
  name = 'CreateProgrammeEnrolments1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One member number per enrolment, across programmes; each programme prefixes it.
    await queryRunner.query(`CREATE SEQUENCE programme_member_seq`);
    // Every answer a programme gave, keyed by the caller and its Idempotency-Key: a retry under
    // the same key finds the stored answer (through idempotency_key) and adds no row.
    await queryRunner.query(`
      CREATE TABLE programme_enrollment (
        id uuid PRIMARY KEY,
        programme_id text NOT NULL,
        provider_subject text NOT NULL,
        idempotency_key text NOT NULL,
        case_reference text NOT NULL,
        status text NOT NULL CHECK (status IN ('enrolled', 'denied')),
        member_id text UNIQUE,
        annual_maximum numeric(12, 2),
        ends_on date,
        reason text,
        request jsonb NOT NULL,
        answered_at timestamptz NOT NULL,
        UNIQUE (provider_subject, idempotency_key)
      )`);
    // Tries per Idempotency-Key, so a scenario fails exactly its first tries of each request,
    // on every instance alike.
    await queryRunner.query(`
      CREATE TABLE programme_request_attempt (
        provider_subject text NOT NULL,
        idempotency_key text NOT NULL,
        attempts integer NOT NULL,
        PRIMARY KEY (provider_subject, idempotency_key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE programme_request_attempt`);
    await queryRunner.query(`DROP TABLE programme_enrollment`);
    await queryRunner.query(`DROP SEQUENCE programme_member_seq`);
  }
}
