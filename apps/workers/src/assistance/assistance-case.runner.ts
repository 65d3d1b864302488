import { Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { type AssistanceAction, ASSISTANCE_CASE_RESOURCE } from './assistance-audit';
import { AssistanceCalendar } from './assistance-calendar';
import { type AssistanceCase, type CaseEvent } from './domain/assistance-case';
import { AssistanceCaseError } from './domain/assistance-case.errors';
import { AssistanceCaseEvents } from './events/assistance-case-events';
import { CaseJobs } from './jobs/case-jobs';
import { AssistanceCaseRepository } from './persistence/assistance-case.repository';

/** What a change announced, or `null` when the case had nothing to do (nothing is written). */
export type CaseChange = CaseEvent[] | null;

export interface CaseScope {
  readonly manager: EntityManager;
  readonly now: Date;
}

/**
 * The shape of every change to a case, in one transaction: lock the case, let it decide, save
 * it, publish what it announced, schedule the job it now calls for (on commit) and audit who
 * acted. A change that returns null found nothing to do (a job whose step has passed, a fact
 * recorded before) and writes nothing.
 */
@Injectable()
export class AssistanceCaseRunner {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly cases: AssistanceCaseRepository,
    private readonly events: AssistanceCaseEvents,
    private readonly jobs: CaseJobs,
    private readonly calendar: AssistanceCalendar,
    private readonly auditWriter: AuditWriter,
  ) {}

  /** A change to the case with this id; a case that does not exist is NOT_FOUND. */
  byId(
    id: string,
    invocation: Invocation,
    action: AssistanceAction,
    change: (assistanceCase: AssistanceCase, scope: CaseScope) => Promise<CaseChange> | CaseChange,
  ): Promise<AssistanceCase> {
    return this.run(invocation, action, (manager) => this.cases.lockById(manager, id), change, id);
  }

  /** A change to the referral's case, opened if it is the referral's first fact. */
  openOrChange(
    fresh: AssistanceCase,
    invocation: Invocation,
    action: AssistanceAction,
    change: (assistanceCase: AssistanceCase, scope: CaseScope) => Promise<CaseChange> | CaseChange,
  ): Promise<AssistanceCase> {
    return this.run(
      invocation,
      action,
      (manager) => this.cases.lockOrOpen(manager, fresh, this.calendar.now()),
      change,
      fresh.id,
    );
  }

  /** A change to the referral's case if it has one; nothing otherwise (undefined). */
  byReferral(
    referralId: string,
    invocation: Invocation,
    action: AssistanceAction,
    change: (assistanceCase: AssistanceCase, scope: CaseScope) => Promise<CaseChange> | CaseChange,
  ): Promise<AssistanceCase | undefined> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const assistanceCase = await this.cases.lockByReferral(manager, referralId);
      if (!assistanceCase) return undefined;
      return this.apply(manager, assistanceCase, invocation, action, change);
    });
  }

  private run(
    invocation: Invocation,
    action: AssistanceAction,
    locate: (manager: EntityManager) => Promise<AssistanceCase | undefined>,
    change: (assistanceCase: AssistanceCase, scope: CaseScope) => Promise<CaseChange> | CaseChange,
    id: string,
  ): Promise<AssistanceCase> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const assistanceCase = await locate(manager);
      if (!assistanceCase)
        throw new AssistanceCaseError('ASSISTANCE_CASE.NOT_FOUND', `No assistance case ${id}.`);
      return this.apply(manager, assistanceCase, invocation, action, change);
    });
  }

  private async apply(
    manager: EntityManager,
    assistanceCase: AssistanceCase,
    invocation: Invocation,
    action: AssistanceAction,
    change: (assistanceCase: AssistanceCase, scope: CaseScope) => Promise<CaseChange> | CaseChange,
  ): Promise<AssistanceCase> {
    const now = this.calendar.now();
    const announced = await change(assistanceCase, { manager, now });
    if (announced === null) return assistanceCase;
    await this.cases.save(manager, assistanceCase, now);
    await this.events.publish(manager, assistanceCase, announced, invocation, now);
    await this.jobs.scheduleOnCommit(manager, assistanceCase);
    await this.auditWriter.recordChange(manager, invocation, {
      action,
      resourceType: ASSISTANCE_CASE_RESOURCE,
      resourceId: assistanceCase.id,
      patientId: assistanceCase.patientId,
    });
    return assistanceCase;
  }
}
