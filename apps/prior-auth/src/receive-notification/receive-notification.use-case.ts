import { Injectable } from '@nestjs/common';
import { mayActForPayer, type Principal } from '@infuse/auth';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { type PasAnswer } from '@infuse/pas';
import { AUTHORIZATION_ACTIONS } from '../authorization-audit';
import { AuthorizationCalendar } from '../authorization-calendar';
import { AuthorizationChangeRunner } from '../authorization-change.runner';
import { awaitsPayerDecision } from '../domain/authorization-status';
import { AuthorizationError } from '../domain/authorization.errors';
import { decisionOf, describeDecision, sentItemOf } from '../domain/payer-decision';
import { PayerDirectory } from '../payer-directory/payer-directory';
import { PayerExchangeRepository } from '../persistence/payer-exchange.repository';
import { notificationOf } from '../submission/payer-answer-reading';

/** A notification prior-auth cannot act on: not a PAS notification, or naming no request of its. */
export class UnreadableNotification extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'UnreadableNotification';
  }
}

export interface NotificationReceipt {
  /** One per request the notification decides. */
  requests: { authorizationId: string; status: string; applied: boolean }[];
}

type Decided = Extract<PasAnswer, { kind: 'adjudicated' }>;

// The Claim identifier's value is the request's id (SubmissionPipeline); a payer may echo it
// alone or within a longer identifier.
const REQUEST_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

// Subscription housekeeping (Subscriptions Backport): nothing to decide.
const WITHOUT_DECISIONS = new Set(['handshake', 'heartbeat']);

/**
 * A payer's rest-hook notification of decisions on pended requests [PAS-SPEC]: applied like the
 * answer to a submission, only by the payer each request is addressed to, and only once; the same
 * notification again changes nothing. All of it applies or none of it does.
 */
@Injectable()
export class ReceiveNotificationUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly runner: AuthorizationChangeRunner,
    private readonly exchanges: PayerExchangeRepository,
    private readonly directory: PayerDirectory,
    private readonly calendar: AuthorizationCalendar,
  ) {}

  execute(body: unknown, payer: Principal, invocation: Invocation): Promise<NotificationReceipt> {
    const notification = notificationOf(body);
    if (notification.type && WITHOUT_DECISIONS.has(notification.type))
      return Promise.resolve({ requests: [] });
    const decided = notification.events
      .map((event) => event.answer)
      .filter((answer) => answer.kind === 'adjudicated');
    if (decided.length === 0) {
      const [first] = notification.events;
      throw new UnreadableNotification(
        first?.answer.kind === 'error'
          ? (first.answer.errors[0]?.message ?? 'The notification carries no decision.')
          : 'The notification carries no decision.',
      );
    }
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const requests: NotificationReceipt['requests'] = [];
      for (const answer of decided)
        requests.push(await this.apply(answer, payer, { ...invocation, transaction: manager }));
      return { requests };
    });
  }

  private apply(answer: Decided, payer: Principal, invocation: Invocation) {
    const authorizationId = REQUEST_ID.exec(answer.claimIdentifier ?? '')?.[0]?.toLowerCase();
    if (!authorizationId)
      throw new UnreadableNotification(
        'The notification’s ClaimResponse does not name the Claim it answers.',
      );
    return this.runner.run(
      authorizationId,
      invocation,
      AUTHORIZATION_ACTIONS.notify,
      async (authorization, manager, at) => {
        // Another payer's request is answered as if it did not exist: a payer learns nothing of
        // requests not addressed to it.
        if (!mayActForPayer(payer, authorization.payerId))
          throw new AuthorizationError(
            'AUTHORIZATION.NOT_FOUND',
            `No authorization request ${authorizationId}.`,
          );
        const therapy = authorization.therapy;
        const before = authorization.changes.length;
        if (therapy && awaitsPayerDecision(authorization.status)) {
          const decision = decisionOf(answer, sentItemOf(therapy));
          const turnaround = this.directory.standardTurnaroundHours(authorization.payerId);
          authorization.applyDecision(decision, at, this.calendar.hoursAfter(at, turnaround));
          if (authorization.changes.length > before)
            await this.exchanges.record(manager, authorization.id, {
              operation: 'notification',
              bundleIdentifier: null,
              httpStatus: null,
              decision: describeDecision(decision),
              occurredAt: at,
            });
        }
        return {
          authorizationId: authorization.id,
          status: authorization.status,
          applied: authorization.changes.length > before,
        };
      },
    );
  }
}
