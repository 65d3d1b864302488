import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type ClinicalSettings,
  defaultClinicalSettings,
  withClinicalSettings,
} from '@infuse/clinical';
import { type Invocation } from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { AUTHORIZATION_ACTIONS } from '../authorization-audit';
import { AuthorizationCalendar } from '../authorization-calendar';
import { AuthorizationChangeRunner } from '../authorization-change.runner';
import { Authorization } from '../domain/authorization.aggregate';
import { type ReferralSnapshot } from '../domain/referral-snapshot';
import { planRequestedTherapy, type TherapyPlanRequest } from '../domain/requested-therapy';
import { PayerDirectory } from '../payer-directory/payer-directory';
import { AuthorizationRepository } from '../persistence/authorization.repository';
import { priorAuthSettingsConfig, type PriorAuthSettings } from '../prior-auth-settings.config';
import { SubmissionPipeline } from '../submission/submission-pipeline';

/** What a new request is for, beyond the referral: its kind, what it renews, and the plan's choices. */
export interface NewRequest {
  kind: 'initial' | 'reauthorization' | 'update';
  supersedesId: string | null;
  plan: Pick<TherapyPlanRequest, 'firstDoseDate' | 'period' | 'productBrand' | 'doseGramsPerKg'>;
}

/**
 * Opens a request for a referral, plans what it asks for and, when it can go to the payer, begins
 * its first submission, all in the caller's transaction. A request the payer directory or the
 * catalogue cannot serve is kept in needs_review with the reason, never dropped.
 */
@Injectable()
export class AuthorizationOpener {
  private readonly clinical: ClinicalSettings;

  constructor(
    private readonly authorizations: AuthorizationRepository,
    private readonly pipeline: SubmissionPipeline,
    private readonly directory: PayerDirectory,
    private readonly calendar: AuthorizationCalendar,
    private readonly runner: AuthorizationChangeRunner,
    @Inject(priorAuthSettingsConfig.token) settings: PriorAuthSettings,
  ) {
    this.clinical = withClinicalSettings({
      authorization: { reauthorizationLeadDays: settings.PRIOR_AUTH_REAUTHORIZATION_LEAD_DAYS },
    });
  }

  /** The new request, or nothing when one like it exists already (a replayed event). */
  async open(
    manager: EntityManager,
    referral: ReferralSnapshot,
    request: NewRequest,
    invocation: Invocation,
  ): Promise<Authorization | undefined> {
    const payerId = referral.insurance.payerId;
    if (!payerId) throw new Error(`referral ${referral.referralId} names no payer`);
    const payer = this.directory.find(payerId);
    const at = this.calendar.now();
    const plan = planRequestedTherapy(
      {
        order: referral.order,
        patient: referral.patient,
        offLabel: referral.offLabel,
        ...request.plan,
        validityMonths: payer?.defaultValidityMonths ?? {
          initial: defaultClinicalSettings.authorization.initialMonths,
          reauthorization: defaultClinicalSettings.authorization.reauthorizationMonths,
        },
        today: this.calendar.today(at),
      },
      this.clinical,
    );
    const authorization = Authorization.open({
      id: randomUUID(),
      referralId: referral.referralId,
      patientId: referral.patientId,
      payerId,
      kind: request.kind,
      supersedesId: request.supersedesId,
      plan,
      ...(payer ? {} : { blocked: `payer ${payerId} is not in the payer directory` }),
      createdAt: at,
    });
    const stamp = { by: invocation.actor.subject, role: invocation.actor.role, at };
    if (!(await this.authorizations.addIfAbsent(manager, authorization, stamp))) return undefined;
    if (authorization.status === 'requested')
      await this.pipeline.submit(manager, authorization, referral, invocation);
    await this.runner.commit(manager, authorization, invocation, AUTHORIZATION_ACTIONS.request, at);
    return authorization;
  }

  /** The clinical rules requests are planned with: the reference's, with the lead-time setting. */
  get clinicalSettings(): ClinicalSettings {
    return this.clinical;
  }
}
