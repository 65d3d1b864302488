import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { type CallRequest, OutboundCalls } from '@infuse/outbound-calls';
import {
  buildInquiryBundle,
  buildRequestBundle,
  type PasDocument,
  PasInputError,
  type PasPriorClaim,
  type PasRequestInput,
} from '@infuse/pas';
import { type EntityManager } from 'typeorm';
import { AuthorizationCalendar } from '../authorization-calendar';
import { type Authorization } from '../domain/authorization.aggregate';
import { AuthorizationError } from '../domain/authorization.errors';
import {
  pasInquiryInputOf,
  pasRequestInputOf,
  type RequestToSend,
} from '../domain/pas-request-mapping';
import { type ReferralSnapshot } from '../domain/referral-snapshot';
import { type RequestedTherapy } from '../domain/requested-therapy';
import { type Payer, PayerDirectory } from '../payer-directory/payer-directory';
import {
  pharmacyIdentityConfig,
  type PharmacyIdentityConfig,
  pharmacyIdentityOf,
} from '../payer-directory/pharmacy-identity.config';
import { payerTarget, REFERRALS_TARGET } from '../payer-directory/prior-auth-call-targets';
import { AuthorizationFlagRepository } from '../persistence/authorization-flag.repository';
import {
  type PayerSubmission,
  PayerSubmissionRepository,
  type SentClaim,
} from '../persistence/payer-submission.repository';
import { priorAuthSettingsConfig, type PriorAuthSettings } from '../prior-auth-settings.config';
import { causeOf } from './call-cause';
import {
  FetchReferralDocuments,
  FHIR_JSON,
  InquireClaim,
  SubmitClaim,
  type SubmissionDocument,
} from './payer-call-kinds';

/**
 * How a request reaches its payer, each step recorded in the caller's transaction and made after
 * commit: a submission first reads its documents from referrals (PAS sends them inline), all in
 * one durable call, whose handler builds the bundle and records the submit call. Nothing is lost
 * across a crash, and a retried call carries the same bundle, so the payer sees the same Claim
 * identifier on every try. Every call carries the event that began the exchange, if one did, so
 * what the answers change is announced as caused by it.
 */
@Injectable()
export class SubmissionPipeline {
  constructor(
    private readonly submissions: PayerSubmissionRepository,
    private readonly flags: AuthorizationFlagRepository,
    private readonly outboundCalls: OutboundCalls,
    private readonly directory: PayerDirectory,
    private readonly calendar: AuthorizationCalendar,
    @Inject(pharmacyIdentityConfig.token) private readonly pharmacy: PharmacyIdentityConfig,
    @Inject(priorAuthSettingsConfig.token) private readonly settings: PriorAuthSettings,
  ) {}

  /**
   * Begins a submission of the request (its first, or a resubmission): the request moves to
   * `requested`, and documents are read from referrals, or the bundle is sent at once when
   * there are none. Everything the referral holds is sent, so what was flagged is sent too.
   */
  async submit(
    manager: EntityManager,
    authorization: Authorization,
    referral: ReferralSnapshot,
    invocation: Invocation,
    correction: { memberId?: string; therapy?: RequestedTherapy } = {},
  ): Promise<void> {
    this.payerOf(authorization);
    // Additions are flagged only on a request submitted before: a first submission clears none.
    const mayBeFlagged = authorization.currentSubmissionId !== null;
    const submission = this.newSubmission(authorization, 'submit', authorization.kind);
    authorization.beginSubmission(submission.id, correction);
    await this.submissions.add(manager, submission);
    if (mayBeFlagged) await this.flags.markSent(manager, authorization.id, submission.id);
    if (referral.documents.length === 0) {
      await this.send(manager, authorization, referral, submission, [], invocation);
      return;
    }
    const documents: SubmissionDocument[] = referral.documents.map((document) => ({
      documentId: document.documentId,
      type: document.type,
      title: document.title,
      contentType: document.contentType,
    }));
    await this.outboundCalls.record(manager, FetchReferralDocuments, {
      request: {
        target: REFERRALS_TARGET,
        method: 'GET',
        path: `v1/referrals/${referral.referralId}/documents/contents`,
      },
      context: {
        authorizationId: authorization.id,
        submissionId: submission.id,
        documents,
        ...causeOf(invocation),
      },
      correlationId: referral.referralId,
      actor: invocation.actor,
    });
  }

  /**
   * Builds the bundle of a submission with its documents in hand, keeps it as the last bundle
   * sent, and records the call to the payer's `Claim/$submit`. A request the PAS builder cannot
   * turn into a conformant bundle is not sent: a coordinator reads what is missing.
   */
  async send(
    manager: EntityManager,
    authorization: Authorization,
    referral: ReferralSnapshot,
    submission: PayerSubmission,
    documents: readonly PasDocument[],
    invocation: Invocation,
  ): Promise<void> {
    const payer = this.payerOf(authorization);
    const therapy = authorization.requireTherapy();
    const certification = authorization.kind;
    const updated =
      certification === 'update' && authorization.snapshot.supersedesId
        ? await this.priorClaimOf(manager, authorization.snapshot.supersedesId)
        : undefined;
    const input: PasRequestInput = {
      ...pasRequestInputOf(
        this.requestOf(authorization, payer, therapy),
        referral,
        pharmacyIdentityOf(this.pharmacy),
        { certification, ...this.identityOf(submission, authorization.id) },
        documents,
      ),
      ...(updated ? { priorClaim: updated.prior } : {}),
    };
    const built = buildOrExplain(() => buildRequestBundle(input));
    if (!built.ok) {
      // Not sent: a bundle the payer would refuse helps nobody. A coordinator reads what is missing.
      authorization.needsReview(`the request cannot be sent: ${built.problem}`, null);
      await this.submissions.abandon(manager, submission.id);
      return;
    }
    authorization.markSent();
    await this.recordSubmit(
      manager,
      { authorization, payer, submission, purpose: 'submit' },
      { bundle: built.bundle, claim: sentClaimOf(input, updated?.sent) },
      invocation,
    );
  }

  /**
   * Withdraws a request at its payer: a PAS cancellation restating the Claim last sent. A request
   * that never reached the payer has nothing to withdraw there.
   */
  async cancelAtPayer(
    manager: EntityManager,
    authorization: Authorization,
    referral: ReferralSnapshot,
    invocation: Invocation,
  ): Promise<void> {
    const payer = this.directory.find(authorization.payerId);
    const withdrawn = await this.priorClaimOf(manager, authorization.id);
    if (!payer || !withdrawn || !authorization.therapy) return;
    const submission = this.newSubmission(authorization, 'cancel', 'cancel');
    await this.submissions.add(manager, submission);
    // A cancellation is a Claim of its own, naming the one it withdraws.
    const input: PasRequestInput = {
      ...pasRequestInputOf(
        this.requestOf(authorization, payer, authorization.therapy),
        referral,
        pharmacyIdentityOf(this.pharmacy),
        { certification: 'cancel', ...this.identityOf(submission, submission.id) },
        [],
      ),
      priorClaim: withdrawn.prior,
    };
    const built = buildOrExplain(() => buildRequestBundle(input));
    // The request is withdrawn here whatever happens; a cancellation the builder refuses is
    // simply not sent, and the payer's copy ends with its period.
    if (!built.ok) {
      await this.submissions.abandon(manager, submission.id);
      return;
    }
    await this.recordSubmit(
      manager,
      { authorization, payer, submission, purpose: 'cancel' },
      { bundle: built.bundle, claim: null },
      invocation,
    );
  }

  /** Asks the payer where a submitted request stands (`Claim/$inquire`); the answer is applied when it comes. */
  async inquire(
    manager: EntityManager,
    authorization: Authorization,
    referral: ReferralSnapshot,
    invocation: Invocation,
  ): Promise<void> {
    const payer = this.payerOf(authorization);
    const therapy = authorization.requireTherapy();
    if (!authorization.sentToPayer)
      throw new AuthorizationError(
        'AUTHORIZATION.NOT_READY',
        `Request ${authorization.id} has not reached its payer yet; there is nothing to inquire about.`,
      );
    const submission = this.newSubmission(authorization, 'inquire', authorization.kind);
    const identity = this.identityOf(submission, authorization.id);
    const approval = authorization.approval;
    const input = pasInquiryInputOf(
      this.requestOf(authorization, payer, therapy),
      referral,
      pharmacyIdentityOf(this.pharmacy),
      identity,
    );
    // Built before anything is written: an inquiry that cannot be built leaves no trace.
    const built = buildOrExplain(() =>
      buildInquiryBundle(
        approval
          ? { ...input, item: { ...input.item, authorizationNumber: approval.authorizationNumber } }
          : input,
      ),
    );
    if (!built.ok)
      throw new AuthorizationError(
        'AUTHORIZATION.NOT_READY',
        `The inquiry cannot be built: ${built.problem}`,
      );
    const { bundle } = built;
    await this.submissions.add(manager, submission);
    await this.submissions.markSent(
      manager,
      submission,
      { bundle: null, claim: null },
      this.calendar.now(),
    );
    await this.outboundCalls.record(manager, InquireClaim, {
      request: fhirPost(payer, 'Claim/$inquire', bundle),
      context: {
        authorizationId: authorization.id,
        submissionId: submission.id,
        ...causeOf(invocation),
      },
      correlationId: authorization.referralId,
      actor: invocation.actor,
    });
  }

  /** The payer of a request, which must be in the directory for anything to reach it. */
  payerOf(authorization: Authorization): Payer {
    const payer = this.directory.find(authorization.payerId);
    if (!payer)
      throw new AuthorizationError(
        'AUTHORIZATION.NOT_READY',
        `Payer ${authorization.payerId} is not in the payer directory; add it before sending.`,
        { payerId: authorization.payerId },
      );
    return payer;
  }

  /** Keeps the bundle as the one sent, and records the call to the payer's `Claim/$submit`. */
  private async recordSubmit(
    manager: EntityManager,
    to: {
      authorization: Authorization;
      payer: Payer;
      submission: PayerSubmission;
      purpose: 'submit' | 'cancel';
    },
    sent: { bundle: unknown; claim: SentClaim | null },
    invocation: Invocation,
  ): Promise<void> {
    const { authorization, submission } = to;
    await this.submissions.markSent(manager, submission, sent, this.calendar.now());
    await this.outboundCalls.record(manager, SubmitClaim, {
      request: fhirPost(to.payer, 'Claim/$submit', sent.bundle),
      context: {
        authorizationId: authorization.id,
        submissionId: submission.id,
        purpose: to.purpose,
        ...causeOf(invocation),
      },
      correlationId: authorization.referralId,
      actor: invocation.actor,
    });
  }

  /** A submission to record: the request's next exchange with its payer, still gathering. */
  private newSubmission(
    authorization: Authorization,
    purpose: PayerSubmission['purpose'],
    certification: string,
  ): PayerSubmission {
    return {
      id: randomUUID(),
      authorizationId: authorization.id,
      purpose,
      certification,
      bundleIdentifier: randomUUID(),
      state: 'gathering',
      createdAt: this.calendar.now(),
    };
  }

  private requestOf(
    authorization: Authorization,
    payer: Payer,
    therapy: RequestedTherapy,
  ): RequestToSend {
    return {
      authorizationId: authorization.id,
      payer: { id: payer.id, name: payer.name },
      memberId: authorization.snapshot.memberId,
      therapy,
    };
  }

  /** What tells this submission apart: its Claim identifier, bundle identifier, fullUrl seed and time. */
  private identityOf(submission: PayerSubmission, claimValue: string) {
    return {
      claimIdentifier: {
        system: this.settings.PRIOR_AUTH_CLAIM_IDENTIFIER_SYSTEM,
        value: claimValue,
      },
      bundleIdentifier: submission.bundleIdentifier,
      submissionId: submission.id,
      createdAt: submission.createdAt.toISOString(),
    };
  }

  // The Claim last sent for a request, with the authorization number the payer gave it.
  private async priorClaimOf(
    manager: EntityManager,
    authorizationId: string,
  ): Promise<{ sent: SentClaim; prior: PasPriorClaim } | undefined> {
    const sent = await this.submissions.lastSentClaim(manager, authorizationId);
    if (!sent) return undefined;
    const [row] = await manager.query<{ number: string | null }[]>(
      `SELECT approval->>'authorizationNumber' AS number FROM authorization_request WHERE id = $1`,
      [authorizationId],
    );
    const prior: PasPriorClaim = {
      claimIdentifier: sent.claimIdentifier,
      createdAt: sent.createdAt,
      certification: sent.certification,
      item: sent.item,
      ...(sent.updatedClaimIdentifier
        ? { updatedClaimIdentifier: sent.updatedClaimIdentifier }
        : {}),
      ...(row?.number ? { authorizationNumber: row.number } : {}),
    };
    return { sent, prior };
  }
}

/** A PAS operation on the payer's endpoint, the bundle as FHIR JSON. */
function fhirPost(payer: Payer, path: `Claim/${string}`, bundle: unknown): CallRequest {
  return {
    target: payerTarget(payer.id),
    method: 'POST',
    path,
    headers: { accept: FHIR_JSON },
    body: { text: JSON.stringify(bundle), contentType: FHIR_JSON },
  };
}

/** The bundle, or what the input lacks for a conformant one, each field named. */
function buildOrExplain(
  build: () => unknown,
): { ok: true; bundle: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, bundle: build() };
  } catch (error) {
    if (!(error instanceof PasInputError)) throw error;
    return {
      ok: false,
      problem: error.issues.map((issue) => `${issue.field} ${issue.problem}`).join('; '),
    };
  }
}

function sentClaimOf(input: PasRequestInput, prior: SentClaim | undefined): SentClaim {
  return {
    submissionId: input.submissionId,
    claimIdentifier: input.claimIdentifier,
    createdAt: input.createdAt,
    certification: input.certification,
    item: input.item,
    ...(prior ? { updatedClaimIdentifier: prior.claimIdentifier } : {}),
  };
}
