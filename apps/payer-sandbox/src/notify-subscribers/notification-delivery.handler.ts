import { Injectable, Logger } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import {
  type CallFailed,
  type CallSucceeded,
  HandlesOutboundCall,
  type OutboundCallHandler,
} from '@infuse/outbound-calls';
import { type EntityManager } from 'typeorm';
import { REQUEST_ACTIONS, REQUEST_RESOURCE } from '../domain/authorization-request';
import { NotifySubscriber } from './notify-subscriber.call';

type Notification = NonNullable<(typeof NotifySubscriber)['context']>;

/**
 * What became of a notification: a final answer sent to a subscriber is a disclosure of patient
 * data, so each delivery, and each that failed for good, is written to the audit log.
 */
@Injectable()
@HandlesOutboundCall(NotifySubscriber)
export class NotificationDeliveryHandler implements OutboundCallHandler<Notification> {
  private readonly logger = new Logger('Notifications');

  constructor(private readonly auditWriter: AuditWriter) {}

  async succeeded({ call }: CallSucceeded<Notification>, manager: EntityManager): Promise<void> {
    await this.audit(manager, call.context, call.actor, 'success');
  }

  async failed(outcome: CallFailed<Notification>, manager: EntityManager): Promise<void> {
    const { call } = outcome;
    this.logger.warn(
      `notification ${call.id} to subscription ${call.context.subscriptionId} failed: ${
        outcome.reason === 'rejected' ? `answered ${outcome.response.status}` : 'gave up'
      }`,
    );
    await this.audit(manager, call.context, call.actor, 'failed');
  }

  private audit(
    manager: EntityManager,
    context: Notification,
    actor: { subject: string; role: string },
    outcome: 'success' | 'failed',
  ): Promise<void> {
    return this.auditWriter.record(
      {
        actor,
        action: REQUEST_ACTIONS.notify,
        resourceType: REQUEST_RESOURCE,
        resourceId: context.requestId,
        patientId: context.memberId,
        outcome,
      },
      manager,
    );
  }
}
