import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor } from '@infuse/contracts';
import { AuditEntryRecord, type AuditOutcome } from './audit-entry.orm-entity';
import { AuditRowBatcher } from './audit-row-batcher';

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
  // Rows outside a transaction (reads) share inserts with concurrent ones; see AuditRowBatcher.
  private readonly reads: AuditRowBatcher<Partial<AuditEntryRecord>>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.reads = new AuditRowBatcher(async (rows) => {
      await this.dataSource.manager.insert(AuditEntryRecord, rows);
    });
  }

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

  /** Inside `manager`'s transaction when given, else stored before this resolves. */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const row = rowOf(entry);
    if (manager) await manager.insert(AuditEntryRecord, row);
    else await this.reads.add(row);
  }
}

function rowOf(entry: AuditEntry): Partial<AuditEntryRecord> {
  return {
    actorSubject: entry.actor.subject,
    actorRole: entry.actor.role,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId ?? null,
    patientId: entry.patientId ?? null,
    outcome: entry.outcome,
    requestId: entry.requestId ?? null,
  };
}
