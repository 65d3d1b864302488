import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreatePayerSandbox1796100000000 implements MigrationInterface {
  name = 'CreatePayerSandbox1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One number per request, across payers; each payer prefixes it (ACME-00000042).
    await queryRunner.query(`CREATE SEQUENCE reference_number_seq`);
    // One row per request a provider sent a payer, keyed by the Claim identifier it first came
    // with: the unique key, not a read before the write, is what makes a repeated or concurrent
    // identical submission find the stored answer instead of creating a second request.
    await queryRunner.query(`
      CREATE TABLE authorization_request (
        id uuid PRIMARY KEY,
        payer_id text NOT NULL,
        provider_subject text NOT NULL,
        claim_system text NOT NULL,
        claim_value text NOT NULL,
        reference_number text NOT NULL UNIQUE,
        member_id text NOT NULL,
        status text NOT NULL
          CHECK (status IN ('pended', 'approved', 'partial', 'modified', 'denied', 'cancelled')),
        determination jsonb NOT NULL,
        -- What a reviewer's inbox lists, read from the request when it arrives or changes.
        summary jsonb NOT NULL,
        request_bundle jsonb NOT NULL,
        response_bundle jsonb NOT NULL,
        received_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        review_due_at timestamptz,
        decision jsonb,
        UNIQUE (payer_id, provider_subject, claim_system, claim_value)
      )`);
    // A payer's inbox, oldest first, by status.
    await queryRunner.query(
      `CREATE INDEX authorization_request_inbox
         ON authorization_request (payer_id, status, received_at, id)`,
    );
    // Every Bundle a request arrived in: a repeated update or cancel is recognised by its Bundle
    // identifier, and an update that names a new Claim identifier still finds its request.
    await queryRunner.query(`
      CREATE TABLE request_submission (
        request_id uuid NOT NULL REFERENCES authorization_request (id),
        bundle_system text NOT NULL,
        bundle_value text NOT NULL,
        claim_system text NOT NULL,
        claim_value text NOT NULL,
        certification text NOT NULL CHECK (certification IN ('initial', 'update', 'cancel')),
        received_at timestamptz NOT NULL,
        PRIMARY KEY (request_id, bundle_system, bundle_value)
      )`);
    await queryRunner.query(
      `CREATE INDEX request_submission_claim ON request_submission (claim_system, claim_value)`,
    );
    // A provider's rest-hook endpoint for final answers; the endpoint is the subscription's
    // identity, so subscribing it again replaces it.
    await queryRunner.query(`
      CREATE TABLE subscription (
        id uuid PRIMARY KEY,
        provider_subject text NOT NULL,
        endpoint text NOT NULL,
        org_identifier text,
        resource jsonb NOT NULL,
        events_since_start integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (provider_subject, endpoint)
      )`);
    // Failures an administrator asked for, counted down by every instance alike.
    await queryRunner.query(`
      CREATE TABLE injected_fault (
        id uuid PRIMARY KEY,
        payer_id text NOT NULL,
        operation text NOT NULL CHECK (operation IN ('submit', 'inquire')),
        timing text NOT NULL CHECK (timing IN ('before', 'after')),
        status integer NOT NULL CHECK (status BETWEEN 500 AND 599),
        remaining integer NOT NULL CHECK (remaining >= 0),
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX injected_fault_due ON injected_fault (payer_id, operation, timing, created_at)
         WHERE remaining > 0`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE injected_fault`);
    await queryRunner.query(`DROP TABLE subscription`);
    await queryRunner.query(`DROP TABLE request_submission`);
    await queryRunner.query(`DROP TABLE authorization_request`);
    await queryRunner.query(`DROP SEQUENCE reference_number_seq`);
  }
}
