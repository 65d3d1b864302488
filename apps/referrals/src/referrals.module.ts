import { type DynamicModule, Module } from '@nestjs/common';
import { AuditEntryRecord } from '@infuse/auth';
import { DatabaseModule } from '@infuse/database';
import { HttpPlatformModule } from '@infuse/http';
import { messagingConfig, MessagingModule } from '@infuse/messaging';
import { AddDocumentController } from './add-document/add-document.controller';
import { AddDocumentUseCase } from './add-document/add-document.use-case';
import { AddLabController } from './add-lab/add-lab.controller';
import { AddLabUseCase } from './add-lab/add-lab.use-case';
import { CancelReferralController } from './cancel-referral/cancel-referral.controller';
import { CancelReferralUseCase } from './cancel-referral/cancel-referral.use-case';
import { ReferralChangeRunner } from './change-referral/referral-change.runner';
import { ReferralEvents } from './events/referral-events';
import { intakeSettingsConfig } from './intake-settings.config';
import { ListReferralsController } from './list-referrals/list-referrals.controller';
import { ListReferralsQuery } from './list-referrals/list-referrals.query';
import { REFERRALS_MIGRATIONS } from './migrations/referrals-migrations';
import { IdempotencyStore } from './persistence/idempotency.store';
import { PatientRecord } from './persistence/patient.orm-entity';
import { PatientRepository } from './persistence/patient.repository';
import { ReferralDocumentRecord } from './persistence/referral-document.orm-entity';
import { ReferralLabRecord } from './persistence/referral-lab.orm-entity';
import { ReferralStatusChangeRecord } from './persistence/referral-status-change.orm-entity';
import { ReferralRecord } from './persistence/referral.orm-entity';
import { ReferralRepository } from './persistence/referral.repository';
import { REFERRALS_SCHEMA, referralsService } from './referrals.service';
import { RejectReferralController } from './reject-referral/reject-referral.controller';
import { RejectReferralUseCase } from './reject-referral/reject-referral.use-case';
import { ReferralSubmissionParser } from './submit-referral/referral-submission.parser';
import { SubmitReferralController } from './submit-referral/submit-referral.controller';
import { SubmitReferralUseCase } from './submit-referral/submit-referral.use-case';
import { ViewReferralController } from './view-referral/view-referral.controller';
import { DocumentContentQuery } from './view-referral/document-content.query';
import { ViewReferralQuery } from './view-referral/view-referral.query';

const entities = [
  AuditEntryRecord,
  PatientRecord,
  ReferralRecord,
  ReferralLabRecord,
  ReferralDocumentRecord,
  ReferralStatusChangeRecord,
];
const controllers = [
  SubmitReferralController,
  ListReferralsController,
  ViewReferralController,
  AddDocumentController,
  AddLabController,
  RejectReferralController,
  CancelReferralController,
];
const useCases = [
  ReferralSubmissionParser,
  SubmitReferralUseCase,
  AddDocumentUseCase,
  AddLabUseCase,
  RejectReferralUseCase,
  CancelReferralUseCase,
  ViewReferralQuery,
  ListReferralsQuery,
  DocumentContentQuery,
];
const adapters = [
  ReferralRepository,
  PatientRepository,
  IdempotencyStore,
  ReferralChangeRunner,
  ReferralEvents,
];

/** The referrals service: intake coordinators turn prescribers' referrals into accepted ones. */
@Module({})
export class ReferralsModule {
  static register(env: Record<string, string | undefined> = process.env): DynamicModule {
    return {
      module: ReferralsModule,
      imports: [
        HttpPlatformModule.forService(referralsService, {
          dependencies: ['postgres', 'redis', 'kafka'],
          sections: [intakeSettingsConfig, messagingConfig],
          env,
        }),
        DatabaseModule.forService({
          defaultSchema: REFERRALS_SCHEMA,
          entities,
          migrations: REFERRALS_MIGRATIONS,
        }),
        MessagingModule.forService('referrals'),
      ],
      controllers,
      providers: [...useCases, ...adapters],
    };
  }
}
