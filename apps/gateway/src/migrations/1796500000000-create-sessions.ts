import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Sessions of the console's users, and sign-ins under way at the identity provider. Each is
 * found by the SHA-256 of a secret only the browser holds; a session's tokens are stored
 * encrypted under a key derived from that secret (see sessions/session-secret.ts).
 */
export class CreateSessions1796500000000 implements MigrationInterface {
  name = 'CreateSessions1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE session (
        secret_hash bytea PRIMARY KEY,
        subject text NOT NULL,
        role text NOT NULL,
        payer_id text,
        display_name text NOT NULL,
        sealed_tokens bytea NOT NULL,
        token_expires_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX session_expires_at ON session (expires_at)`);
    await queryRunner.query(`
      CREATE TABLE sign_in_attempt (
        state_hash bytea PRIMARY KEY,
        code_verifier text NOT NULL,
        nonce text NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX sign_in_attempt_expires_at ON sign_in_attempt (expires_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sign_in_attempt`);
    await queryRunner.query(`DROP TABLE session`);
  }
}
