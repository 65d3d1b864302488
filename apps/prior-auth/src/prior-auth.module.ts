import { type DynamicModule, Module } from '@nestjs/common';
import { SERVICE_TOKEN_SOURCE, ServiceIdentityModule, type TokenSource } from '@infuse/auth';
import {
  type AuthConfig,
  authConfig,
  serviceIdentityConfig,
  type ServiceIdentityConfig,
} from '@infuse/config';
import { HttpApiModule } from '@infuse/http';
import { outboundCallsConfig, OutboundCallsModule } from '@infuse/outbound-calls';
import { CoreModule } from '@infuse/platform';
import { AppealAuthorizationController } from './appeal-authorization/appeal-authorization.controller';
import { AppealAuthorizationUseCase } from './appeal-authorization/appeal-authorization.use-case';
import { AuthorizationCalendar } from './authorization-calendar';
import { AuthorizationChangeRunner } from './authorization-change.runner';
import { CancelAuthorizationController } from './cancel-authorization/cancel-authorization.controller';
import { CancelAuthorizationUseCase } from './cancel-authorization/cancel-authorization.use-case';
import { AuthorizationEvents } from './events/authorization-events';
import { FollowUpEventsConsumer } from './events/follow-up-events.consumer';
import { ReferralEventsConsumer } from './events/referral-events.consumer';
import { InquireAuthorizationController } from './inquire-authorization/inquire-authorization.controller';
import { InquireAuthorizationUseCase } from './inquire-authorization/inquire-authorization.use-case';
import { AuthorizationExpirySweep } from './jobs/authorization-expiry.sweep';
import { KeepReferralAdditionUseCase } from './keep-referral-additions/keep-referral-addition.use-case';
import { ListAuthorizationsController } from './list-authorizations/list-authorizations.controller';
import { ListAuthorizationsQuery } from './list-authorizations/list-authorizations.query';
import { PRIOR_AUTH_MIGRATIONS } from './migrations/prior-auth-migrations';
import { PayerDirectory } from './payer-directory/payer-directory';
import { PayerDirectoryModule } from './payer-directory/payer-directory.module';
import { pharmacyIdentityConfig } from './payer-directory/pharmacy-identity.config';
import { priorAuthCallTargets } from './payer-directory/prior-auth-call-targets';
import { AuthorizationFlagRepository } from './persistence/authorization-flag.repository';
import { AuthorizationRepository } from './persistence/authorization.repository';
import { PayerExchangeRepository } from './persistence/payer-exchange.repository';
import { PayerSubmissionRepository } from './persistence/payer-submission.repository';
import { ReferralSnapshotRepository } from './persistence/referral-snapshot.repository';
import { priorAuthSettingsConfig, type PriorAuthSettings } from './prior-auth-settings.config';
import { priorAuthService } from './prior-auth.service';
import { ReauthorizeUseCase } from './reauthorize/reauthorize.use-case';
import { FhirJsonBodyParser } from './receive-notification/fhir-json-body.parser';
import { NotificationController } from './receive-notification/notification.controller';
import { ReceiveNotificationUseCase } from './receive-notification/receive-notification.use-case';
import { AuthorizationOpener } from './request-authorization/authorization-opener';
import { RequestAuthorizationUseCase } from './request-authorization/request-authorization.use-case';
import { ResubmitAuthorizationController } from './resubmit-authorization/resubmit-authorization.controller';
import { ResubmitAuthorizationUseCase } from './resubmit-authorization/resubmit-authorization.use-case';
import { ClaimAnswerHandler } from './submission/claim-answer.handler';
import { InquiryAnswerHandler } from './submission/inquiry-answer.handler';
import { PayerSubscriptionHandler } from './submission/payer-subscription.handler';
import { PayerSubscriptions } from './submission/payer-subscriptions';
import { ReferralDocumentsHandler } from './submission/referral-documents.handler';
import { SubmissionPipeline } from './submission/submission-pipeline';
import {
  TherapyChangePipe,
  UpdateAuthorizationController,
} from './update-authorization/update-authorization.controller';
import { UpdateAuthorizationUseCase } from './update-authorization/update-authorization.use-case';
import { ReferralAuthorizationsController } from './view-authorization/referral-authorizations.controller';
import { ReferralAuthorizationsQuery } from './view-authorization/referral-authorizations.query';
import { DispenseEventsConsumer } from './events/dispense-events.consumer';
import { RequestProductChangeUseCase } from './update-authorization/product-change.use-case';
import { ViewAuthorizationController } from './view-authorization/view-authorization.controller';
import { ViewAuthorizationQuery } from './view-authorization/view-authorization.query';

// The repositories read and write with SQL of their own.
const entities: never[] = [];
const controllers = [
  ListAuthorizationsController,
  ViewAuthorizationController,
  ReferralAuthorizationsController,
  ResubmitAuthorizationController,
  AppealAuthorizationController,
  CancelAuthorizationController,
  InquireAuthorizationController,
  UpdateAuthorizationController,
  NotificationController,
];
const consumers = [ReferralEventsConsumer, FollowUpEventsConsumer, DispenseEventsConsumer];
const useCases = [
  RequestAuthorizationUseCase,
  KeepReferralAdditionUseCase,
  ResubmitAuthorizationUseCase,
  AppealAuthorizationUseCase,
  CancelAuthorizationUseCase,
  InquireAuthorizationUseCase,
  UpdateAuthorizationUseCase,
  RequestProductChangeUseCase,
  ReauthorizeUseCase,
  ReceiveNotificationUseCase,
  ListAuthorizationsQuery,
  ViewAuthorizationQuery,
  ReferralAuthorizationsQuery,
];
const outboundCallHandlers = [
  ReferralDocumentsHandler,
  ClaimAnswerHandler,
  InquiryAnswerHandler,
  PayerSubscriptionHandler,
];
const jobs = [AuthorizationExpirySweep, PayerSubscriptions];
const adapters = [
  AuthorizationRepository,
  ReferralSnapshotRepository,
  PayerSubmissionRepository,
  PayerExchangeRepository,
  AuthorizationFlagRepository,
  AuthorizationEvents,
  AuthorizationChangeRunner,
  AuthorizationOpener,
  AuthorizationCalendar,
  SubmissionPipeline,
  FhirJsonBodyParser,
  TherapyChangePipe,
];

/**
 * The prior-auth service: each accepted referral becomes a Da Vinci PAS request to its payer,
 * followed to the payer's decision; coordinators watch and act on requests through its API.
 */
@Module({})
export class PriorAuthModule {
  static register(env: Record<string, string | undefined> = process.env): DynamicModule {
    return {
      module: PriorAuthModule,
      imports: [
        CoreModule.forService(priorAuthService, {
          database: { entities, migrations: PRIOR_AUTH_MIGRATIONS },
          messaging: true,
          sections: [
            priorAuthSettingsConfig,
            pharmacyIdentityConfig,
            outboundCallsConfig,
            serviceIdentityConfig,
          ],
          env,
        }),
        HttpApiModule,
        PayerDirectoryModule.register(env),
        ServiceIdentityModule.forService('prior-auth'),
        OutboundCallsModule.forService({
          targets: {
            inject: [
              PayerDirectory,
              priorAuthSettingsConfig.token,
              SERVICE_TOKEN_SOURCE,
              authConfig.token,
              serviceIdentityConfig.token,
            ],
            useFactory: (
              payers: PayerDirectory,
              settings: PriorAuthSettings,
              serviceTokens: TokenSource,
              auth: AuthConfig,
              identity: ServiceIdentityConfig,
            ) =>
              priorAuthCallTargets(payers, settings.REFERRALS_URL, serviceTokens, auth, identity),
          },
        }),
      ],
      controllers: [...controllers, ...consumers],
      providers: [...useCases, ...outboundCallHandlers, ...jobs, ...adapters],
    };
  }
}
