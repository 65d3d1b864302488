import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One step of a referral's status history. */
@Entity({ name: 'referral_status_change' })
export class ReferralStatusChangeRecord {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text', array: true })
  missing!: string[];

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'changed_by', type: 'text' })
  changedBy!: string;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;
}
