import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { HttpApiModule, IdempotencyStore } from '@infuse/http';
import { CoreModule } from '@infuse/platform';
import { AddDocumentController } from './add-document/add-document.controller';
import { AddDocumentUseCase } from './add-document/add-document.use-case';
import { AddLabController } from './add-lab/add-lab.controller';
import { AddLabUseCase } from './add-lab/add-lab.use-case';
import { CancelReferralController } from './cancel-referral/cancel-referral.controller';
import { CancelReferralUseCase } from './cancel-referral/cancel-referral.use-case';
import { ReferralChangeRunner } from './change-referral/referral-change.runner';
import { ReferralEvents } from './events/referral-events';
import { IntakeCalendar } from './intake-calendar';
import { intakeSettingsConfig } from './intake-settings.config';
import { ListReferralsController } from './list-referrals/list-referrals.controller';
import { ListReferralsQuery } from './list-referrals/list-referrals.query';
import { REFERRALS_MIGRATIONS } from './migrations/referrals-migrations';
import { PatientRepository } from './persistence/patient.repository';
import { ReferralRepository } from './persistence/referral.repository';
import { referralsService } from './referrals.service';
import { RejectReferralController } from './reject-referral/reject-referral.controller';
import { RejectReferralUseCase } from './reject-referral/reject-referral.use-case';
import { SubmitReferralController } from './submit-referral/submit-referral.controller';
import { SubmitReferralUseCase } from './submit-referral/submit-referral.use-case';
import { ViewReferralController } from './view-referral/view-referral.controller';
import { DocumentContentQuery } from './view-referral/document-content.query';
import { DocumentContentsController } from './view-referral/document-contents.controller';
import { DocumentContentsQuery } from './view-referral/document-contents.query';
import { ViewReferralQuery } from './view-referral/view-referral.query';

import { JourneyConsumer } from './journey/events/journey.consumer';
import { KpisController } from './journey/kpis/kpis.controller';
import { KpisQuery } from './journey/kpis/kpis.query';
import { JourneyRepository } from './journey/persistence/journey.repository';
import { RecordJourneyEventUseCase } from './journey/record-journey/record-journey-event.use-case';
import { ViewJourneyController } from './journey/view-journey/view-journey.controller';
import { ViewJourneyQuery } from './journey/view-journey/view-journey.query';
// The repositories write and read with SQL of their own, a save in one round trip.
const entities: Type[] = [];
const controllers = [
  SubmitReferralController,
  ListReferralsController,
  ViewReferralController,
  DocumentContentsController,
  AddDocumentController,
  AddLabController,
  RejectReferralController,
  CancelReferralController,
  ViewJourneyController,
  KpisController,
];
const consumers = [JourneyConsumer];
const useCases = [
  SubmitReferralUseCase,
  AddDocumentUseCase,
  AddLabUseCase,
  RejectReferralUseCase,
  CancelReferralUseCase,
  ViewReferralQuery,
  ListReferralsQuery,
  DocumentContentQuery,
  DocumentContentsQuery,
  RecordJourneyEventUseCase,
  ViewJourneyQuery,
  KpisQuery,
];
const adapters = [
  ReferralRepository,
  PatientRepository,
  IdempotencyStore,
  ReferralChangeRunner,
  ReferralEvents,
  IntakeCalendar,
  JourneyRepository,
];

/** The referrals service: intake coordinators turn prescribers' referrals into accepted ones. */
@Module({})
export class ReferralsModule {
  static register(env: Record<string, string | undefined> = process.env): DynamicModule {
    return {
      module: ReferralsModule,
      imports: [
        CoreModule.forService(referralsService, {
          database: { entities, migrations: REFERRALS_MIGRATIONS },
          messaging: true,
          sections: [intakeSettingsConfig],
          env,
        }),
        HttpApiModule,
      ],
      controllers: [...controllers, ...consumers],
      providers: [...useCases, ...adapters],
    };
  }
}
