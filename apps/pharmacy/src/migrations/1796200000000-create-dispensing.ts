import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateDispensing1796200000000 implements MigrationInterface {
  name = 'CreateDispensing1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Pharmacy's copy of each accepted referral, as its events tell it.
    await queryRunner.query(`
      CREATE TABLE referral_copy (
        referral_id uuid PRIMARY KEY,
        patient_id uuid NOT NULL,
        status text NOT NULL,
        off_label boolean NOT NULL,
        patient jsonb NOT NULL,
        prescriber jsonb NOT NULL,
        "order" jsonb NOT NULL,
        insurance jsonb NOT NULL,
        labs jsonb NOT NULL,
        documents jsonb NOT NULL,
        accepted_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE authorization_grant (
        authorization_id uuid PRIMARY KEY,
        referral_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        payer_id text NOT NULL,
        kind text NOT NULL,
        authorization_number text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        hcpcs text NOT NULL,
        authorized_units integer NOT NULL,
        decided_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX authorization_grant_referral ON authorization_grant (referral_id)`,
    );
    // One order per cycle of a referral: the database, not the code, makes a redelivered or
    // raced event create nothing new.
    await queryRunner.query(`
      CREATE TABLE dispense_order (
        id uuid PRIMARY KEY,
        referral_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        cycle integer NOT NULL,
        status text NOT NULL,
        therapy text NOT NULL,
        product_id text NOT NULL,
        authorization_id uuid NOT NULL,
        administration_dates date[] NOT NULL,
        due_on date NOT NULL,
        verification jsonb,
        release jsonb,
        released_authorization_id uuid,
        released_units integer,
        shipment jsonb,
        delivery jsonb,
        unusable_releases jsonb NOT NULL DEFAULT '[]',
        cancellation jsonb,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (referral_id, cycle)
      )`);
    // The queue: oldest due first, by status or not.
    await queryRunner.query(`CREATE INDEX dispense_queue ON dispense_order (due_on, id)`);
    await queryRunner.query(
      `CREATE INDEX dispense_queue_status ON dispense_order (status, due_on, id)`,
    );
    // Units dispensed against an authorization.
    await queryRunner.query(
      `CREATE INDEX dispense_released_against ON dispense_order (released_authorization_id)
        WHERE released_authorization_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE dispense_order`);
    await queryRunner.query(`DROP TABLE authorization_grant`);
    await queryRunner.query(`DROP TABLE referral_copy`);
  }
}
