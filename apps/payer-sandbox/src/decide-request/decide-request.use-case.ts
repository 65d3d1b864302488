import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditWriter, mayActForPayer, type Principal } from '@infuse/auth';
import { todayIn } from '@infuse/clinical';
import { CLOCK, type Clock } from '@infuse/config';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import {
  buildResponseBundle,
  checkRequestBundle,
  decideItems,
  readRequestFacts,
  requestStatusOf,
  type RequestStatus,
} from '@infuse/pas';
import {
  type RecordedDecision,
  REQUEST_ACTIONS,
  REQUEST_RESOURCE,
  type ReviewDecision,
} from '../domain/authorization-request';
import { RequestError } from '../domain/request.errors';
import { SubscriberNotifications } from '../notify-subscribers/subscriber-notifications';
import {
  type PayerSandboxSettings,
  payerSandboxSettingsConfig,
} from '../payer-sandbox-settings.config';
import { PayerDirectory } from '../payers/payer-directory';
import { AuthorizationRequestRepository } from '../persistence/authorization-request.repository';
import { verdictOfDecision } from './review-verdict';

/** What the reviewer sees once the decision is recorded. */
export interface DecisionResult {
  readonly id: string;
  readonly patientId: string;
  readonly status: RequestStatus;
  /** The authorization number, once something is certified. */
  readonly authorizationNumber: string | null;
  readonly decision: RecordedDecision;
  /** How many subscriptions the final answer is being sent to. */
  readonly notifiedSubscriptions: number;
}

const CERTIFIED: ReadonlySet<RequestStatus> = new Set(['approved', 'partial', 'modified']);

/**
 * A payer's reviewer decides a pended request: the new answer becomes the stored answer (what a
 * repeated $submit and $inquire return) and is sent to the provider's subscriptions, all in one
 * transaction. A `pend` decision records the reviewer's note and leaves the answer pended.
 */
@Injectable()
export class DecideRequestUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly requests: AuthorizationRequestRepository,
    private readonly payers: PayerDirectory,
    private readonly notifications: SubscriberNotifications,
    private readonly auditWriter: AuditWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(payerSandboxSettingsConfig.token) private readonly settings: PayerSandboxSettings,
  ) {}

  async execute(
    id: string,
    decision: ReviewDecision,
    reviewer: Principal,
    invocation: Invocation,
  ): Promise<DecisionResult> {
    const now = this.clock.now();
    const today = todayIn(this.settings.PAYER_SANDBOX_TIME_ZONE, now);
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const request = await this.requests.find(manager, id, { forUpdate: true });
      // Another payer's request answers as if it did not exist.
      if (!request || !mayActForPayer(reviewer, request.payerId))
        throw new RequestError('REQUEST.NOT_FOUND', `No authorization request ${id}.`);
      if (request.status !== 'pended')
        throw new RequestError(
          'REQUEST.NOT_PENDED',
          `Authorization request ${id} is ${request.status}; only a pended request takes a decision.`,
          { currentStatus: request.status },
        );
      const stored = checkRequestBundle(request.requestBundle, 'submit');
      if (!stored.valid) throw new Error('a stored request no longer passes the structural check');
      const facts = readRequestFacts(stored.request);
      const verdict = verdictOfDecision(decision, facts.items);
      const recorded: RecordedDecision = {
        ...decision,
        decidedBy: reviewer.subject,
        decidedAt: now.toISOString(),
      };
      await this.auditWriter.recordChange(manager, invocation, {
        action: REQUEST_ACTIONS.decide,
        resourceType: REQUEST_RESOURCE,
        resourceId: request.id,
        patientId: request.memberId,
      });
      const result = { id: request.id, patientId: request.memberId, decision: recorded };
      if (verdict.kind === 'pend') {
        await this.requests.recordDecision(manager, request.id, recorded, now);
        return {
          ...result,
          status: request.status,
          authorizationNumber: null,
          notifiedSubscriptions: 0,
        };
      }
      const payer = this.payers.payerFor(request.payerId);
      const decisions = decideItems(facts.items, verdict, {
        validityMonths: payer.authorizationValidityMonths,
        today,
      });
      const status = requestStatusOf(decisions);
      const response = buildResponseBundle(stored.request, decisions, {
        responseId: randomUUID(),
        bundleId: randomUUID(),
        referenceNumber: request.referenceNumber,
        created: now.toISOString(),
        issueDate: today,
      });
      await this.requests.changeAnswer(manager, request.id, {
        status,
        responseBundle: response,
        updatedAt: now,
        reviewDueAt: null,
        decision: recorded,
      });
      const notifiedSubscriptions = await this.notifications.notify(
        manager,
        request,
        facts.provider.identifiers,
        response,
        now,
        invocation,
      );
      return {
        ...result,
        status,
        authorizationNumber: CERTIFIED.has(status) ? request.referenceNumber : null,
        notifiedSubscriptions,
      };
    });
  }
}
