import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateFollowUps1796400000000 implements MigrationInterface {
  name = 'CreateFollowUps1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One row per task. `subject_key` names the fact the task came from (the pended request, the
    // dose, the visit), so the same fact arriving twice makes one task. `job_step` numbers the
    // task's BullMQ job (`follow-up-<id>-<step>`); `next_run_at` is when that job runs, null when
    // the task waits on a person or an event.
    await queryRunner.query(`
      CREATE TABLE follow_up_task (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        subject_key text NOT NULL,
        patient_id uuid NOT NULL,
        referral_id uuid NOT NULL,
        authorization_id uuid,
        dispense_id uuid,
        visit_id uuid,
        status text NOT NULL,
        priority text NOT NULL,
        due_at timestamptz NOT NULL,
        window_ends_at timestamptz,
        reminders integer NOT NULL DEFAULT 0,
        job_step integer NOT NULL DEFAULT 0,
        next_run_at timestamptz,
        details jsonb NOT NULL DEFAULT '{}',
        traceparent text,
        note text,
        closed_by text,
        resolved_by text,
        closed_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (kind, subject_key)
      )`);
    await queryRunner.query(`CREATE INDEX follow_up_task_list ON follow_up_task (due_at, id)`);
    await queryRunner.query(
      `CREATE INDEX follow_up_task_patient ON follow_up_task (patient_id, due_at, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX follow_up_task_referral ON follow_up_task (referral_id) WHERE closed_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX follow_up_task_jobs ON follow_up_task (id) WHERE next_run_at IS NOT NULL`,
    );
    // The doses released, for what a later event needs of them: the product (a switch), the
    // hemolysis window after the infusion.
    await queryRunner.query(`
      CREATE TABLE follow_up_dose (
        dispense_id uuid PRIMARY KEY,
        referral_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        cycle integer NOT NULL,
        product_id text NOT NULL,
        first_administration_date date NOT NULL,
        hemolysis_after_hours jsonb,
        released_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX follow_up_dose_referral ON follow_up_dose (referral_id, cycle)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE follow_up_dose`);
    await queryRunner.query(`DROP TABLE follow_up_task`);
  }
}
