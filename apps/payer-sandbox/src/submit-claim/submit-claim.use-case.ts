import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { todayIn } from '@infuse/clinical';
import { CLOCK, type Clock } from '@infuse/config';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import {
  buildResponseBundle,
  decideItems,
  determine,
  requestStatusOf,
  verdictOf,
} from '@infuse/pas';
import type { Bundle } from 'fhir/r4';
import { type EntityManager } from 'typeorm';
import {
  type AuthorizationRequest,
  referenceNumberOf,
  REQUEST_ACTIONS,
  REQUEST_RESOURCE,
} from '../domain/authorization-request';
import { requestSummaryOf } from '../domain/request-summary';
import { type PasSubmission } from '../fhir/pas-submission.reader';
import {
  type PayerSandboxSettings,
  payerSandboxSettingsConfig,
} from '../payer-sandbox-settings.config';
import { AuthorizationRequestRepository } from '../persistence/authorization-request.repository';

interface Received {
  readonly now: Date;
  /** The payer's today: issue date of authorizations, the day labs are aged against. */
  readonly today: string;
}

const HOUR_MS = 3_600_000;

/**
 * A payer receives a `$submit`: a Claim it has not seen becomes a request, adjudicated by the
 * payer's rule; the same Claim again gets the stored answer and changes nothing; an update or a
 * cancellation of a known request (a Bundle not seen before) changes its answer.
 */
@Injectable()
export class SubmitClaimUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly requests: AuthorizationRequestRepository,
    private readonly auditWriter: AuditWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(payerSandboxSettingsConfig.token) private readonly settings: PayerSandboxSettings,
  ) {}

  async execute(submission: PasSubmission, invocation: Invocation): Promise<Bundle> {
    const now = this.clock.now();
    const received = { now, today: todayIn(this.settings.PAYER_SANDBOX_TIME_ZONE, now) };
    const { facts, payer } = submission;
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const known = await this.requests.findByClaim(
        manager,
        payer.id,
        invocation.actor.subject,
        [facts.claimIdentifier, ...facts.relatedClaimIdentifiers],
        { forUpdate: true },
      );
      return known
        ? this.resubmit(manager, known, submission, received, invocation)
        : this.create(manager, submission, received, invocation);
    });
  }

  // An update or cancellation of a request this payer never saw is taken as a new request: the
  // IG's update example arrives alone in the tests, and a payer must still answer it.
  private async create(
    manager: EntityManager,
    submission: PasSubmission,
    received: Received,
    invocation: Invocation,
  ): Promise<Bundle> {
    const { facts, payer } = submission;
    const providerSubject = invocation.actor.subject;
    const referenceNumber = referenceNumberOf(
      payer.authorizationNumberPrefix,
      await this.requests.nextSequence(manager),
    );
    const adjudication = this.adjudicate(submission, referenceNumber, received);
    const request: AuthorizationRequest = {
      id: randomUUID(),
      payerId: payer.id,
      providerSubject,
      claimIdentifier: facts.claimIdentifier,
      referenceNumber,
      memberId: facts.member.value ?? '',
      summary: requestSummaryOf(facts),
      requestBundle: submission.request.bundle,
      receivedAt: received.now,
      updatedAt: received.now,
      decision: null,
      ...adjudication,
    };
    if (!(await this.requests.insertIfAbsent(manager, request))) {
      // The same Claim arrived concurrently and its transaction committed first (the insert
      // waited for it): its answer is the answer, and nothing new is stored.
      const winner = await this.requests.findByClaim(manager, payer.id, providerSubject, [
        facts.claimIdentifier,
      ]);
      if (!winner) throw new Error('a conflicting request vanished');
      return winner.responseBundle;
    }
    await this.requests.recordSubmission(manager, {
      requestId: request.id,
      bundleIdentifier: facts.bundleIdentifier,
      claimIdentifier: facts.claimIdentifier,
      certification: facts.certification,
      receivedAt: received.now,
    });
    await this.audit(manager, invocation, request, REQUEST_ACTIONS.submit);
    return request.responseBundle;
  }

  private async resubmit(
    manager: EntityManager,
    known: AuthorizationRequest,
    submission: PasSubmission,
    received: Received,
    invocation: Invocation,
  ): Promise<Bundle> {
    const { facts } = submission;
    const changes = facts.certification !== 'initial';
    const firstTime =
      changes &&
      (await this.requests.recordSubmission(manager, {
        requestId: known.id,
        bundleIdentifier: facts.bundleIdentifier,
        claimIdentifier: facts.claimIdentifier,
        certification: facts.certification,
        receivedAt: received.now,
      }));
    if (!firstTime) {
      // The same Claim, or the same update sent again: the stored answer, nothing new.
      await this.audit(manager, invocation, known, REQUEST_ACTIONS.resubmit);
      return known.responseBundle;
    }
    const adjudication = this.adjudicate(submission, known.referenceNumber, received);
    await this.requests.changeAnswer(manager, known.id, {
      ...adjudication,
      updatedAt: received.now,
      requestBundle: submission.request.bundle,
      summary: requestSummaryOf(facts),
    });
    const action =
      facts.certification === 'cancel' ? REQUEST_ACTIONS.cancel : REQUEST_ACTIONS.update;
    await this.audit(manager, invocation, known, action);
    return adjudication.responseBundle;
  }

  /** The payer's rule applied to the request as it now reads, and the answer it makes. */
  private adjudicate(
    { request, facts, payer }: PasSubmission,
    referenceNumber: string,
    { now, today }: Received,
  ): Pick<AuthorizationRequest, 'status' | 'determination' | 'responseBundle' | 'reviewDueAt'> {
    const determination = determine(facts, payer.rule, today);
    const decisions = decideItems(facts.items, verdictOf(determination), {
      validityMonths: payer.authorizationValidityMonths,
      today,
    });
    const status = requestStatusOf(decisions);
    const responseBundle = buildResponseBundle(request, decisions, {
      responseId: randomUUID(),
      bundleId: randomUUID(),
      referenceNumber,
      created: now.toISOString(),
      issueDate: today,
    });
    return {
      status,
      determination: { outcome: determination.outcome, reasons: determination.reasons },
      responseBundle,
      reviewDueAt:
        status === 'pended'
          ? new Date(now.getTime() + payer.reviewTurnaroundHours * HOUR_MS)
          : null,
    };
  }

  private audit(
    manager: EntityManager,
    invocation: Invocation,
    request: AuthorizationRequest,
    action: string,
  ): Promise<void> {
    return this.auditWriter.recordChange(manager, invocation, {
      action,
      resourceType: REQUEST_RESOURCE,
      resourceId: request.id,
      patientId: request.memberId,
    });
  }
}
