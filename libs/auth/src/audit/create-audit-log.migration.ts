import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The audit table every service keeps in its own schema. Services list this migration first
 * in their migrations; it creates the table in the DataSource's schema.
 */
export class CreateAuditLog1764115200000 implements MigrationInterface {
  name = 'CreateAuditLog1764115200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_subject text NOT NULL,
        actor_role text NOT NULL,
        action text NOT NULL,
        resource_type text NOT NULL,
        resource_id text,
        patient_id text,
        outcome text NOT NULL CHECK (outcome IN ('success', 'denied', 'failed')),
        request_id text
      )`);
    await queryRunner.query(
      `CREATE INDEX audit_log_resource ON audit_log (resource_type, resource_id)`,
    );
    await queryRunner.query(`CREATE INDEX audit_log_patient ON audit_log (patient_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_log`);
  }
}
