import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Calls to outside systems that a service has committed to make, in the service's own schema.
 * A service that makes such calls lists OUTBOUND_CALL_MIGRATIONS in its migrations.
 */
export class CreateOutboundCallTable1764547200000 implements MigrationInterface {
  name = 'CreateOutboundCallTable1764547200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbound_call (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        target text NOT NULL,
        method text NOT NULL,
        path text NOT NULL,
        headers jsonb NOT NULL,
        -- Kept only until the call completes: it must be resent byte for byte until then.
        body text,
        context jsonb NOT NULL,
        correlation_id text NOT NULL,
        traceparent text NOT NULL,
        actor_subject text NOT NULL,
        actor_role text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        -- A dispatcher owns the call until then; past it, another may claim and resend it.
        locked_until timestamptz,
        -- An HTTP status and an error name at most: never what the receiver said.
        last_error text,
        response_status integer,
        created_at timestamptz NOT NULL,
        completed_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX outbound_call_due ON outbound_call (next_attempt_at) WHERE status = 'pending'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE outbound_call`);
  }
}

/** The shared migrations of outbound calls, for a service's migrations array. */
export const OUTBOUND_CALL_MIGRATIONS = [CreateOutboundCallTable1764547200000];
