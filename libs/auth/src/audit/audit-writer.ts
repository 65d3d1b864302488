import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type AuditActor } from '../route-access.decorators';
import { AuditEntryRecord, type AuditOutcome } from './audit-entry.orm-entity';

export interface AuditEntry {
  actor: { subject: string; role: string };
  /** What was done, e.g. `referral.read`, `referral.create`. */
  action: string;
  resourceType: string;
  resourceId?: string | null;
  patientId?: string | null;
  outcome: AuditOutcome;
  requestId?: string | null;
}

/**
 * Records every read or change of patient data. Pass the transaction's EntityManager when the
 * change itself is being written, so the change and its audit row commit together.
 */
@Injectable()
export class AuditWriter {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A successful change, recorded by the use case inside the transaction that makes it. */
  async recordChange(
    manager: EntityManager,
    actor: AuditActor,
    change: { action: string; resourceType: string; resourceId: string; patientId: string },
  ): Promise<void> {
    await this.record(
      { actor, ...change, outcome: 'success', requestId: actor.requestId },
      manager,
    );
  }

  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(AuditEntryRecord, {
      actorSubject: entry.actor.subject,
      actorRole: entry.actor.role,
      action: entry.action,
      resourceType: entry.resourceType,
      resourceId: entry.resourceId ?? null,
      patientId: entry.patientId ?? null,
      outcome: entry.outcome,
      requestId: entry.requestId ?? null,
    });
  }
}
