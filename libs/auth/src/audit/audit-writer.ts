import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor } from '@infuse/contracts';
import { AuditEntryRecord, type AuditOutcome } from './audit-entry.orm-entity';

/** Who made a change: a person from their token (with the request id) or a service itself. */
export interface AuditedBy {
  actor: Actor;
  requestId?: string | null;
}

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
    by: AuditedBy,
    change: { action: string; resourceType: string; resourceId: string; patientId: string },
  ): Promise<void> {
    await this.record(
      { actor: by.actor, ...change, outcome: 'success', requestId: by.requestId ?? null },
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
