import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { type StoredSubmission } from './stored-submission';

@Entity({ name: 'referral' })
export class ReferralRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text' })
  therapy!: string;

  @Column({ name: 'diagnosis_code', type: 'text' })
  diagnosisCode!: string;

  /** The submitted referral without document contents, which live in referral_document. */
  @Column({ type: 'jsonb' })
  submission!: StoredSubmission;

  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
