import { type DynamicModule, Module } from '@nestjs/common';
import { AuditEntryRecord, CreateAuditLog1764115200000 } from '@infuse/auth';
import { DatabaseModule } from '@infuse/database';
import { HttpPlatformModule } from '@infuse/http';
import { intakeSettingsConfig } from './intake-settings.config';
import { CreateReferrals1764115300000 } from './migrations/1764115300000-create-referrals';
import { PatientRecord } from './persistence/patient.orm-entity';
import { ReferralDocumentRecord } from './persistence/referral-document.orm-entity';
import { ReferralRecord } from './persistence/referral.orm-entity';
import { REFERRALS_SCHEMA, referralsService } from './referrals.service';
import { ReferralSubmissionParser } from './submit-referral/referral-submission.parser';
import { SubmitReferralController } from './submit-referral/submit-referral.controller';
import { SubmitReferralUseCase } from './submit-referral/submit-referral.use-case';
import { ViewReferralController } from './view-referral/view-referral.controller';
import { ViewReferralQuery } from './view-referral/view-referral.query';

const entities = [AuditEntryRecord, PatientRecord, ReferralRecord, ReferralDocumentRecord];
const migrations = [CreateAuditLog1764115200000, CreateReferrals1764115300000];
const controllers = [SubmitReferralController, ViewReferralController];
const useCases = [ReferralSubmissionParser, SubmitReferralUseCase, ViewReferralQuery];

/** The referrals service: intake coordinators turn prescribers' referrals into accepted ones. */
@Module({})
export class ReferralsModule {
  static register(env: Record<string, string | undefined> = process.env): DynamicModule {
    return {
      module: ReferralsModule,
      imports: [
        HttpPlatformModule.forService(referralsService, {
          dependencies: ['postgres', 'redis', 'kafka'],
          sections: [intakeSettingsConfig],
          env,
        }),
        DatabaseModule.forService({ defaultSchema: REFERRALS_SCHEMA, entities, migrations }),
      ],
      controllers,
      providers: useCases,
    };
  }
}
