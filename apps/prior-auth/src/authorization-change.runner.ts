import { Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { AUTHORIZATION_RESOURCE, type AuthorizationAction } from './authorization-audit';
import { AuthorizationCalendar } from './authorization-calendar';
import { type Authorization } from './domain/authorization.aggregate';
import { AuthorizationError } from './domain/authorization.errors';
import { AuthorizationEvents } from './events/authorization-events';
import { AuthorizationRepository } from './persistence/authorization.repository';

/**
 * The shape every change to an existing request takes: in one transaction, lock the request,
 * let the aggregate decide, save it with its history, publish what changed, and audit the action.
 */
@Injectable()
export class AuthorizationChangeRunner {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly authorizations: AuthorizationRepository,
    private readonly events: AuthorizationEvents,
    private readonly calendar: AuthorizationCalendar,
    private readonly auditWriter: AuditWriter,
  ) {}

  run<T>(
    authorizationId: string,
    invocation: Invocation,
    action: AuthorizationAction,
    change: (authorization: Authorization, manager: EntityManager, at: Date) => Promise<T> | T,
  ): Promise<T> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const authorization = await this.authorizations.lockForChange(manager, authorizationId);
      if (!authorization)
        throw new AuthorizationError(
          'AUTHORIZATION.NOT_FOUND',
          `No authorization request ${authorizationId}.`,
        );
      const at = this.calendar.now();
      const result = await change(authorization, manager, at);
      await this.commit(manager, authorization, invocation, action, at);
      return result;
    });
  }

  /** Saves, announces and audits a change made to a request already locked in `manager`'s transaction. */
  async commit(
    manager: EntityManager,
    authorization: Authorization,
    invocation: Invocation,
    action: AuthorizationAction,
    at: Date,
  ): Promise<void> {
    const { actor } = invocation;
    await this.authorizations.save(manager, authorization, {
      by: actor.subject,
      role: actor.role,
      at,
    });
    await this.events.publishChanges(manager, authorization, invocation, at);
    await this.auditWriter.recordChange(manager, invocation, {
      action,
      resourceType: AUTHORIZATION_RESOURCE,
      resourceId: authorization.id,
      patientId: authorization.patientId,
    });
  }
}
