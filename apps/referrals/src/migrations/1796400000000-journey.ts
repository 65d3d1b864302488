import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The journey read model: every event of every topic that belongs to a referral (its facts, not
 * its data), and the stage each referral is in, recomputed from them.
 */
export class Journey1796400000000 implements MigrationInterface {
  name = 'Journey1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE journey_entry (
        event_id text PRIMARY KEY,
        referral_id uuid NOT NULL,
        type text NOT NULL,
        service text NOT NULL,
        actor_subject text,
        actor_role text,
        occurred_at timestamptz NOT NULL,
        facts jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX journey_entry_referral ON journey_entry (referral_id, occurred_at)`,
    );
    // The KPIs read entries of a few types over a time window.
    await queryRunner.query(
      `CREATE INDEX journey_entry_type_time ON journey_entry (type, occurred_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE journey (
        referral_id uuid PRIMARY KEY,
        stage text NOT NULL,
        cycle integer NOT NULL,
        step text,
        waiting_on text,
        waiting_for text,
        since timestamptz NOT NULL,
        received_at timestamptz,
        first_dose_at timestamptz,
        doses_given integer NOT NULL,
        last_event_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX journey_stage ON journey (stage, since)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE journey`);
    await queryRunner.query(`DROP TABLE journey_entry`);
  }
}
