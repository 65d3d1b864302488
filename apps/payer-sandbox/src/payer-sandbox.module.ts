import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { outboundCallsConfig, OutboundCallsModule } from '@infuse/outbound-calls';
import { HttpApiModule } from '@infuse/http';
import { CoreModule } from '@infuse/platform';
import { DecideRequestController } from './decide-request/decide-request.controller';
import { DecideRequestUseCase } from './decide-request/decide-request.use-case';
import { FaultInjector } from './faults/fault-injector';
import { FaultsController } from './faults/faults.controller';
import { FhirBodyParser } from './fhir/fhir-body-parser';
import { FhirNotFoundController } from './fhir/fhir-not-found.controller';
import { PasSubmissionReader } from './fhir/pas-submission.reader';
import { InquireClaimController } from './inquire-claim/inquire-claim.controller';
import { InquireClaimQuery } from './inquire-claim/inquire-claim.query';
import { ListRequestsController } from './list-requests/list-requests.controller';
import { ListRequestsQuery } from './list-requests/list-requests.query';
import { PAYER_SANDBOX_MIGRATIONS } from './migrations/payer-sandbox-migrations';
import { NotificationDeliveryHandler } from './notify-subscribers/notification-delivery.handler';
import { SubscriberNotifications } from './notify-subscribers/subscriber-notifications';
import { SubscriberTargets } from './notify-subscribers/subscriber-targets';
import { SubscriberTargetsModule } from './notify-subscribers/subscriber-targets.module';
import {
  type PayerSandboxSettings,
  payerSandboxSettingsConfig,
} from './payer-sandbox-settings.config';
import { payerSandboxService } from './payer-sandbox.service';
import {
  programsControllers,
  programsProviders,
  programsSections,
} from './programs/programs.parts';
import { loadPayerDirectory, PayerDirectory } from './payers/payer-directory';
import { AuthorizationRequestRepository } from './persistence/authorization-request.repository';
import { FaultRepository } from './persistence/fault.repository';
import { SubmitClaimController } from './submit-claim/submit-claim.controller';
import { SubmitClaimUseCase } from './submit-claim/submit-claim.use-case';
import { SubscribeUseCase } from './subscribe/subscribe.use-case';
import { SubscriptionController } from './subscribe/subscription.controller';
import { ViewRequestController } from './view-request/view-request.controller';
import { ViewRequestQuery } from './view-request/view-request.query';

// The repositories write and read with SQL of their own.
const entities: Type[] = [];
const fhirControllers = [
  SubmitClaimController,
  InquireClaimController,
  SubscriptionController,
  // Last: it answers whatever the FHIR routes above do not.
  FhirNotFoundController,
];
const reviewerControllers = [
  ListRequestsController,
  ViewRequestController,
  DecideRequestController,
];
const adminControllers = [FaultsController];
const useCases = [
  SubmitClaimUseCase,
  InquireClaimQuery,
  SubscribeUseCase,
  ListRequestsQuery,
  ViewRequestQuery,
  DecideRequestUseCase,
];
const adapters = [
  {
    provide: PayerDirectory,
    inject: [payerSandboxSettingsConfig.token],
    useFactory: (settings: PayerSandboxSettings) => loadPayerDirectory(settings),
  },
  PasSubmissionReader,
  FhirBodyParser,
  AuthorizationRequestRepository,
  FaultRepository,
  FaultInjector,
  SubscriberNotifications,
  NotificationDeliveryHandler,
];

/**
 * The payer sandbox: several health plans speaking Da Vinci PAS 2.2.1 (`$submit`, `$inquire`,
 * subscriptions for final answers), each with its own rules, and an inbox for their reviewers.
 */
@Module({})
export class PayerSandboxModule {
  static register(env: Record<string, string | undefined> = process.env): DynamicModule {
    return {
      module: PayerSandboxModule,
      imports: [
        CoreModule.forService(payerSandboxService, {
          database: { entities, migrations: PAYER_SANDBOX_MIGRATIONS },
          sections: [payerSandboxSettingsConfig, outboundCallsConfig, ...programsSections],
          env,
        }),
        HttpApiModule,
        SubscriberTargetsModule,
        OutboundCallsModule.forService({
          targets: {
            inject: [SubscriberTargets],
            useFactory: (targets: SubscriberTargets) => targets,
          },
        }),
      ],
      controllers: [
        ...fhirControllers,
        ...reviewerControllers,
        ...adminControllers,
        ...programsControllers,
      ],
      providers: [...useCases, ...adapters, ...programsProviders],
    };
  }
}
