import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Who acted, kept with each outbox row so the relay can put it on the event. */
export class AddEventActor1764979200000 implements MigrationInterface {
  name = 'AddEventActor1764979200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Nullable: rows written before actors were recorded are published without one.
    await queryRunner.query(
      `ALTER TABLE outbox ADD COLUMN actor_subject text, ADD COLUMN actor_role text`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE outbox DROP COLUMN actor_subject, DROP COLUMN actor_role`);
  }
}
