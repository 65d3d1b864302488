import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateAuthorizations1796100000000 implements MigrationInterface {
  name = 'CreateAuthorizations1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // What prior-auth keeps of each accepted referral, so every request can be built and rebuilt
    // without calling referrals back; labs and documents grow as referrals announces additions.
    await queryRunner.query(`
      CREATE TABLE referral_snapshot (
        referral_id uuid PRIMARY KEY,
        patient_id uuid NOT NULL,
        accepted_at timestamptz NOT NULL,
        off_label boolean NOT NULL,
        patient jsonb NOT NULL,
        prescriber jsonb NOT NULL,
        "order" jsonb NOT NULL,
        insurance jsonb NOT NULL,
        labs jsonb NOT NULL,
        documents jsonb NOT NULL,
        -- Why the referral has no request at all (uninsured), when it has none.
        no_authorization_reason text,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE authorization_request (
        id uuid PRIMARY KEY,
        referral_id uuid NOT NULL REFERENCES referral_snapshot (referral_id),
        patient_id uuid NOT NULL,
        payer_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('initial', 'reauthorization', 'update')),
        status text NOT NULL,
        therapy jsonb,
        member_id text,
        approval jsonb,
        denial_reasons jsonb NOT NULL DEFAULT '[]',
        errors jsonb NOT NULL DEFAULT '[]',
        review_reason text,
        review_action_code text,
        respond_by timestamptz,
        current_submission_id uuid,
        sent_to_payer boolean NOT NULL DEFAULT false,
        expiring_noticed_at timestamptz,
        expired_at timestamptz,
        supersedes_id uuid REFERENCES authorization_request (id),
        -- The approved period's last day, for the expiry sweep.
        approved_until date,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // One initial request per referral, and one renewal per authorization, however often the
    // events that cause them arrive (the inbox stops only the same event twice).
    await queryRunner.query(
      `CREATE UNIQUE INDEX authorization_initial_per_referral ON authorization_request (referral_id) WHERE kind = 'initial'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX authorization_renewal_per_authorization ON authorization_request (supersedes_id) WHERE kind = 'reauthorization'`,
    );
    await queryRunner.query(
      `CREATE INDEX authorization_work_list ON authorization_request (created_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX authorization_by_referral ON authorization_request (referral_id, created_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX authorization_approved_until ON authorization_request (approved_until)
        WHERE status IN ('approved', 'partially_approved', 'modified')`,
    );
    await queryRunner.query(`
      CREATE TABLE authorization_status_change (
        id bigserial PRIMARY KEY,
        authorization_id uuid NOT NULL REFERENCES authorization_request (id),
        status text NOT NULL,
        reason text,
        changed_by text NOT NULL,
        changed_by_role text NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX authorization_status_change_of ON authorization_status_change (authorization_id, id)`,
    );
    // Documents and labs that arrived after a request was sent: a resubmission sends them.
    await queryRunner.query(`
      CREATE TABLE authorization_flag (
        id bigserial PRIMARY KEY,
        authorization_id uuid NOT NULL REFERENCES authorization_request (id),
        kind text NOT NULL CHECK (kind IN ('document', 'lab')),
        item jsonb NOT NULL,
        added_at timestamptz NOT NULL,
        added_by text NOT NULL,
        -- The submission that sent it; open until then.
        sent_in_submission uuid
      )`);
    await queryRunner.query(
      `CREATE INDEX authorization_flag_open ON authorization_flag (authorization_id) WHERE sent_in_submission IS NULL`,
    );
    // Each bundle sent (or being prepared) for a request: a submission, a cancellation, an inquiry.
    await queryRunner.query(`
      CREATE TABLE payer_submission (
        id uuid PRIMARY KEY,
        authorization_id uuid NOT NULL REFERENCES authorization_request (id),
        purpose text NOT NULL CHECK (purpose IN ('submit', 'cancel', 'inquire')),
        certification text NOT NULL,
        bundle_identifier text NOT NULL,
        state text NOT NULL CHECK (state IN ('gathering', 'sent', 'answered', 'abandoned')),
        -- The bundle as sent; kept for the latest one of a request only.
        bundle jsonb,
        -- The Claim as sent (identifier, item, certification), for an update or a cancellation
        -- that restates it.
        sent_claim jsonb,
        sent_at timestamptz,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX payer_submission_of ON payer_submission (authorization_id, created_at DESC)`,
    );
    // The documents a submission sends inline (PAS DocumentReference), read from referrals after
    // commit; the content is dropped once the bundle holding it is built.
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
    // Every exchange with a payer: what was sent, what came back, what it meant.
    await queryRunner.query(`
      CREATE TABLE payer_exchange (
        id bigserial PRIMARY KEY,
        authorization_id uuid NOT NULL REFERENCES authorization_request (id),
        operation text NOT NULL CHECK (operation IN ('submit', 'cancel', 'inquire', 'notification')),
        bundle_identifier text,
        http_status integer,
        decision text NOT NULL,
        occurred_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX payer_exchange_of ON payer_exchange (authorization_id, id)`,
    );
    // One subscription per payer and endpoint, asked for once across restarts and instances.
    await queryRunner.query(`
      CREATE TABLE payer_subscription (
        payer_id text NOT NULL,
        endpoint text NOT NULL,
        status text NOT NULL CHECK (status IN ('requested', 'active', 'failed')),
        subscription_id text,
        http_status integer,
        requested_at timestamptz NOT NULL,
        answered_at timestamptz,
        PRIMARY KEY (payer_id, endpoint)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'payer_subscription',
      'payer_exchange',
      'submission_document',
      'payer_submission',
      'authorization_flag',
      'authorization_status_change',
      'authorization_request',
      'referral_snapshot',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
