import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The `idempotency_key` table. A service that created it in a migration of its own before this
 * one existed keeps its table: hence IF NOT EXISTS.
 */
export class CreateIdempotencyKeys1764460800000 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1764460800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE IF NOT EXISTS idempotency_key (
        subject text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (subject, key)
      )`);
  }

  // The table may be an earlier migration's, whose own revert drops it.
  async down(): Promise<void> {}
}

/** The migrations a service lists to support `Idempotency-Key`. */
export const IDEMPOTENCY_MIGRATIONS = [CreateIdempotencyKeys1764460800000];
