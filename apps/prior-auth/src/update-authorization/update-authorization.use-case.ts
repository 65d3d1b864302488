import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { AUTHORIZATION_ACTIONS } from '../authorization-audit';
import { AuthorizationCalendar } from '../authorization-calendar';
import { AuthorizationChangeRunner } from '../authorization-change.runner';
import { type AuthorizationSummary, summaryOf } from '../authorization-summary';
import { type Authorization } from '../domain/authorization.aggregate';
import { isApproved } from '../domain/authorization-status';
import { AuthorizationError } from '../domain/authorization.errors';
import { type ReferralSnapshot } from '../domain/referral-snapshot';
import { planRequestedTherapy } from '../domain/requested-therapy';
import { AuthorizationRepository } from '../persistence/authorization.repository';
import { ReferralSnapshotRepository } from '../persistence/referral-snapshot.repository';
import { AuthorizationOpener } from '../request-authorization/authorization-opener';
import { referralOf } from '../resubmit-authorization/resubmit-authorization.use-case';
import { SubmissionPipeline } from '../submission/submission-pipeline';

/** A coordinator's change to what is asked for. */
export interface TherapyChange {
  productBrand?: string;
  doseGramsPerKg?: number;
}

const UPDATABLE_BEFORE_DECISION = ['needs_review', 'submission_failed', 'pended', 'appealed'];

/**
 * A changed product or dose. An approved authorization gets an update request of its own (PAS
 * certification S, restating the Claim it revises) over the same period; a request the payer
 * has not approved is re-planned and sent again as it stands.
 */
@Injectable()
export class UpdateAuthorizationUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly authorizations: AuthorizationRepository,
    private readonly referrals: ReferralSnapshotRepository,
    private readonly opener: AuthorizationOpener,
    private readonly pipeline: SubmissionPipeline,
    private readonly runner: AuthorizationChangeRunner,
    private readonly calendar: AuthorizationCalendar,
  ) {}

  execute(
    authorizationId: string,
    change: TherapyChange,
    invocation: Invocation,
  ): Promise<AuthorizationSummary> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const source = await this.authorizations.lockForChange(manager, authorizationId);
      if (!source)
        throw new AuthorizationError(
          'AUTHORIZATION.NOT_FOUND',
          `No authorization request ${authorizationId}.`,
        );
      const referral = await referralOf(this.referrals, manager, source);
      if (isApproved(source.status))
        return this.updateApproved(manager, source, referral, change, invocation);
      if (UPDATABLE_BEFORE_DECISION.includes(source.status))
        return this.amend(manager, source, referral, change, invocation);
      throw new AuthorizationError(
        'AUTHORIZATION.ILLEGAL_TRANSITION',
        `Request ${source.id} is ${source.status}; it cannot be updated.`,
        { requestStatus: source.status },
      );
    });
  }

  private async updateApproved(
    manager: EntityManager,
    source: Authorization,
    referral: ReferralSnapshot,
    change: TherapyChange,
    invocation: Invocation,
  ): Promise<AuthorizationSummary> {
    const therapy = source.requireTherapy();
    const approval = source.approval;
    if (!approval) throw new Error(`approved request ${source.id} has no approval`);
    const updated = await this.opener.open(
      manager,
      referral,
      {
        kind: 'update',
        supersedesId: source.id,
        plan: {
          firstDoseDate: therapy.firstDoseDate,
          period: { start: approval.periodStart, end: approval.periodEnd },
          productBrand: change.productBrand ?? therapy.productName,
          doseGramsPerKg: change.doseGramsPerKg ?? therapy.doseGramsPerKg,
        },
      },
      invocation,
    );
    if (!updated) throw new Error(`update of ${source.id} was not opened`);
    return summaryOf(updated);
  }

  // Not yet approved: what is asked for changes in place, and the request goes out again.
  private async amend(
    manager: EntityManager,
    source: Authorization,
    referral: ReferralSnapshot,
    change: TherapyChange,
    invocation: Invocation,
  ): Promise<AuthorizationSummary> {
    const at = this.calendar.now();
    const current = source.therapy;
    const firstDoseDate =
      current?.firstDoseDate ??
      referral.order.startDate ??
      this.calendar.today(referral.acceptedAt);
    const payer = this.pipeline.payerOf(source);
    const plan = planRequestedTherapy(
      {
        order: referral.order,
        patient: referral.patient,
        offLabel: referral.offLabel,
        firstDoseDate,
        period: current
          ? { start: current.periodStart, end: current.periodEnd }
          : {
              start: firstDoseDate,
              kind: source.kind === 'reauthorization' ? 'reauthorization' : 'initial',
            },
        ...((change.productBrand ?? current?.productName)
          ? { productBrand: change.productBrand ?? current?.productName }
          : {}),
        doseGramsPerKg:
          change.doseGramsPerKg ?? current?.doseGramsPerKg ?? referral.order.doseGramsPerKg,
        validityMonths: payer.defaultValidityMonths,
        today: this.calendar.today(at),
      },
      this.opener.clinicalSettings,
    );
    if (!plan.ok)
      throw new AuthorizationError(
        'AUTHORIZATION.NOT_READY',
        `The request cannot be planned: ${plan.problem}.`,
      );
    await this.pipeline.submit(manager, source, referral, invocation, { therapy: plan.therapy });
    await this.runner.commit(manager, source, invocation, AUTHORIZATION_ACTIONS.update, at);
    return summaryOf(source);
  }
}
