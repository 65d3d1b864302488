import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditOutcome = 'success' | 'denied' | 'failed';

/**
 * One read or change of patient data. Lives in each service's own schema (the DataSource's
 * default schema), written by AuditWriter and never updated.
 */
@Entity({ name: 'audit_log' })
@Index(['resourceType', 'resourceId'])
@Index(['patientId'])
export class AuditEntryRecord {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'actor_subject', type: 'text' })
  actorSubject!: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'resource_type', type: 'text' })
  resourceType!: string;

  @Column({ name: 'resource_id', type: 'text', nullable: true })
  resourceId!: string | null;

  @Column({ name: 'patient_id', type: 'text', nullable: true })
  patientId!: string | null;

  @Column({ type: 'text' })
  outcome!: AuditOutcome;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;
}
