import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { HttpApiModule } from '@infuse/http';
import { CoreModule } from '@infuse/platform';
import { AssignVisitController } from './assign-visit/assign-visit.controller';
import { AssignVisitUseCase } from './assign-visit/assign-visit.use-case';
import { VisitChangeRunner } from './assign-visit/visit-change.runner';
import { CancelDoseVisitsUseCase } from './cancel-visits/cancel-dose-visits.use-case';
import { VisitCanceller } from './cancel-visits/visit-canceller';
import { DispenseEventsConsumer } from './events/dispense-events.consumer';
import { ReferralEventsConsumer } from './events/referral-events.consumer';
import { VisitEvents } from './events/visit-events';
import { KeepPatientUseCase } from './keep-patient/keep-patient.use-case';
import { WithdrawPatientUseCase } from './keep-patient/withdraw-patient.use-case';
import { ListNursesController } from './list-nurses/list-nurses.controller';
import { ListNursesQuery } from './list-nurses/list-nurses.query';
import { ListVisitsController } from './list-visits/list-visits.controller';
import { ListVisitsQuery } from './list-visits/list-visits.query';
import { NURSING_MIGRATIONS } from './migrations/nursing-migrations';
import { NursingCalendar } from './nursing-calendar';
import { nursingSettingsConfig } from './nursing-settings.config';
import { nursingService } from './nursing.service';
import { NurseDirectoryRepository } from './persistence/nurse-directory.repository';
import { PatientCopyRepository } from './persistence/patient-copy.repository';
import { ReleasedDoseRepository } from './persistence/released-dose.repository';
import { VisitUpdateRepository } from './persistence/visit-update.repository';
import { VisitRepository } from './persistence/visit.repository';
import { RecordUpdatesController } from './record-updates/record-updates.controller';
import { RecordUpdatesUseCase } from './record-updates/record-updates.use-case';
import { RescheduleVisitController } from './reschedule-visit/reschedule-visit.controller';
import { RescheduleVisitUseCase } from './reschedule-visit/reschedule-visit.use-case';
import { KeepReleaseUseCase } from './schedule-visits/keep-release.use-case';
import { VisitScheduler } from './schedule-visits/visit-scheduler';
import { DevelopmentNursesSeeder } from './seed/development-nurses.seeder';
import { TrackDrugUseCase } from './track-drug/track-drug.use-case';
import { ViewVisitController } from './view-visit/view-visit.controller';
import { ViewVisitQuery } from './view-visit/view-visit.query';

// The repositories write and read with SQL of their own.
const entities: Type[] = [];
const controllers = [
  ListVisitsController,
  ViewVisitController,
  RecordUpdatesController,
  AssignVisitController,
  RescheduleVisitController,
  ListNursesController,
];
const consumers = [ReferralEventsConsumer, DispenseEventsConsumer];
const useCases = [
  KeepPatientUseCase,
  WithdrawPatientUseCase,
  KeepReleaseUseCase,
  TrackDrugUseCase,
  CancelDoseVisitsUseCase,
  ListVisitsQuery,
  ListNursesQuery,
  ViewVisitQuery,
  RecordUpdatesUseCase,
  AssignVisitUseCase,
  RescheduleVisitUseCase,
];
const adapters = [
  NurseDirectoryRepository,
  PatientCopyRepository,
  ReleasedDoseRepository,
  VisitRepository,
  VisitUpdateRepository,
  VisitScheduler,
  VisitChangeRunner,
  VisitCanceller,
  VisitEvents,
  NursingCalendar,
  DevelopmentNursesSeeder,
];

/**
 * The nursing service: field nurses run each infusion day of a released dose in the patient's
 * home, sending their updates in batches from a device on a poor connection.
 */
@Module({})
export class NursingModule {
  static register(env: Record<string, string | undefined> = process.env): DynamicModule {
    return {
      module: NursingModule,
      imports: [
        CoreModule.forService(nursingService, {
          database: { entities, migrations: NURSING_MIGRATIONS },
          messaging: true,
          sections: [nursingSettingsConfig],
          env,
        }),
        HttpApiModule,
      ],
      controllers: [...controllers, ...consumers],
      providers: [...useCases, ...adapters],
    };
  }
}
