import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'referral_lab' })
export class ReferralLabRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @Column({ type: 'text' })
  code!: string;

  // numeric keeps the value as reported; pg returns it as a string.
  @Column({ type: 'numeric' })
  value!: string;

  @Column({ type: 'text' })
  unit!: string;

  @Column({ name: 'collected_on', type: 'date' })
  collectedOn!: string;

  @Column({ name: 'added_by', type: 'text' })
  addedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
