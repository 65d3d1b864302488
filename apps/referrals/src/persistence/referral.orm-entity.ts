import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { type ReferralStatus } from '../domain/referral.aggregate';
import { type StoredSubmission } from './stored-submission';

@Entity({ name: 'referral' })
export class ReferralRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId!: string;

  @Column({ type: 'text' })
  status!: ReferralStatus;

  @Column({ type: 'text', array: true })
  missing!: string[];

  @Column({ name: 'off_label', type: 'boolean' })
  offLabel!: boolean;

  @Column({ type: 'text' })
  therapy!: string;

  @Column({ name: 'diagnosis_code', type: 'text' })
  diagnosisCode!: string;

  /** The calendar day it was submitted, in the pharmacy's time zone; labs are dated against it. */
  @Column({ name: 'submitted_on', type: 'date' })
  submittedOn!: string;

  /** The submitted referral without labs and documents, which have tables of their own. */
  @Column({ type: 'jsonb' })
  submission!: StoredSubmission;

  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
