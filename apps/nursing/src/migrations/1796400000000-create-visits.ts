import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateVisits1796400000000 implements MigrationInterface {
  name = 'CreateVisits1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The field nurses and the postal-code prefixes each covers; the longest prefix wins.
    await queryRunner.query(`
      CREATE TABLE nurse (
        nurse_id text PRIMARY KEY,
        display_name text NOT NULL,
        active boolean NOT NULL DEFAULT true
      )`);
    await queryRunner.query(`
      CREATE TABLE nurse_territory (
        nurse_id text NOT NULL REFERENCES nurse (nurse_id),
        postal_prefix text NOT NULL CHECK (postal_prefix ~ '^[0-9]{1,5}$'),
        PRIMARY KEY (nurse_id, postal_prefix)
      )`);
    await queryRunner.query(
      `CREATE INDEX nurse_territory_prefix ON nurse_territory (postal_prefix)`,
    );
    // What nursing keeps of an accepted referral: the home, the people to call, the risks.
    await queryRunner.query(`
      CREATE TABLE patient_copy (
        referral_id uuid PRIMARY KEY,
        patient_id uuid NOT NULL,
        status text NOT NULL,
        patient jsonb NOT NULL,
        prescriber jsonb NOT NULL,
        therapy text NOT NULL,
        interval_days integer NOT NULL,
        accepted_at timestamptz NOT NULL
      )`);
    // A released dose, kept until its referral is here too; the visits read its plan and lots.
    await queryRunner.query(`
      CREATE TABLE released_dose (
        dispense_id uuid PRIMARY KEY,
        referral_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        cycle integer NOT NULL,
        release jsonb NOT NULL,
        drug_status text NOT NULL,
        unusable_lots text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX released_dose_referral ON released_dose (referral_id)`);
    // One visit per infusion day of a dose: the key makes a redelivered release schedule nothing.
    await queryRunner.query(`
      CREATE TABLE visit (
        id uuid PRIMARY KEY,
        dispense_id uuid NOT NULL REFERENCES released_dose (dispense_id),
        referral_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        cycle integer NOT NULL,
        infusion_day integer NOT NULL,
        infusion_days integer NOT NULL,
        visit_date date NOT NULL,
        nurse_id text,
        status text NOT NULL,
        record jsonb NOT NULL,
        started_announced boolean NOT NULL DEFAULT false,
        completed_announced boolean NOT NULL DEFAULT false,
        missed_announced boolean NOT NULL DEFAULT false,
        reported_reactions text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (dispense_id, infusion_day)
      )`);
    await queryRunner.query(`CREATE INDEX visit_day ON visit (visit_date, id)`);
    await queryRunner.query(`CREATE INDEX visit_nurse_day ON visit (nurse_id, visit_date, id)`);
    // Every update a device sent, once: the key makes a replayed update a no-op.
    await queryRunner.query(`
      CREATE TABLE visit_update (
        visit_id uuid NOT NULL REFERENCES visit (id),
        client_update_id text NOT NULL,
        at timestamptz NOT NULL,
        type text NOT NULL,
        update jsonb NOT NULL,
        recorded_by text NOT NULL,
        received_at timestamptz NOT NULL,
        PRIMARY KEY (visit_id, client_update_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'visit_update',
      'visit',
      'released_dose',
      'patient_copy',
      'nurse_territory',
      'nurse',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
