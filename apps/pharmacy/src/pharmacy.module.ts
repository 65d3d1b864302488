import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { HttpApiModule } from '@infuse/http';
import { CoreModule } from '@infuse/platform';
import { CancelDispenseController } from './cancel-dispense/cancel-dispense.controller';
import { CancelDispenseUseCase } from './cancel-dispense/cancel-dispense.use-case';
import { WithdrawReferralUseCase } from './cancel-dispense/withdraw-referral.use-case';
import { ClinicalPolicy } from './clinical-policy';
import { DispenseChangeRunner } from './dispense-change.runner';
import { AuthorizationEventsConsumer } from './events/authorization-events.consumer';
import { DispenseEvents } from './events/dispense-events';
import { ReferralEventsConsumer } from './events/referral-events.consumer';
import { VisitEventsConsumer } from './events/visit-events.consumer';
import { KeepReferralAdditionUseCase } from './keep-referral/keep-referral-addition.use-case';
import { KeepReferralUseCase } from './keep-referral/keep-referral.use-case';
import { ListDispensesController } from './list-dispenses/list-dispenses.controller';
import { ListDispensesQuery } from './list-dispenses/list-dispenses.query';
import { PHARMACY_MIGRATIONS } from './migrations/pharmacy-migrations';
import { OpenNextCycleUseCase } from './next-cycle/open-next-cycle.use-case';
import { FirstDispenseOpener } from './open-dispense/first-dispense.opener';
import { AuthorizationGrantRepository } from './persistence/authorization-grant.repository';
import { DispenseContextReader } from './persistence/dispense-context.reader';
import { DispenseOrderRepository } from './persistence/dispense-order.repository';
import { NextCycleHoldRepository } from './persistence/next-cycle-hold.repository';
import { ReferralCopyRepository } from './persistence/referral-copy.repository';
import { PharmacyCalendar } from './pharmacy-calendar';
import { pharmacySettingsConfig } from './pharmacy-settings.config';
import { pharmacyService } from './pharmacy.service';
import { RecordAuthorizationUseCase } from './record-authorization/record-authorization.use-case';
import { WithdrawAuthorizationUseCase } from './record-authorization/withdraw-authorization.use-case';
import { RecordDeliveryController } from './record-delivery/record-delivery.controller';
import { RecordDeliveryUseCase } from './record-delivery/record-delivery.use-case';
import { ReleaseDispenseController } from './release-dispense/release-dispense.controller';
import { ReleaseDispenseUseCase } from './release-dispense/release-dispense.use-case';
import { ShipDispenseController } from './ship-dispense/ship-dispense.controller';
import { ShipDispenseUseCase } from './ship-dispense/ship-dispense.use-case';
import { VerifyDispenseController } from './verify-dispense/verify-dispense.controller';
import { VerifyDispenseUseCase } from './verify-dispense/verify-dispense.use-case';
import { ViewDispenseController } from './view-dispense/view-dispense.controller';
import { ViewDispenseQuery } from './view-dispense/view-dispense.query';

// The repositories write and read with SQL of their own.
const entities: Type[] = [];
const controllers = [
  ListDispensesController,
  ViewDispenseController,
  VerifyDispenseController,
  ReleaseDispenseController,
  ShipDispenseController,
  RecordDeliveryController,
  CancelDispenseController,
];
const consumers = [ReferralEventsConsumer, AuthorizationEventsConsumer, VisitEventsConsumer];
const useCases = [
  KeepReferralUseCase,
  KeepReferralAdditionUseCase,
  RecordAuthorizationUseCase,
  WithdrawAuthorizationUseCase,
  WithdrawReferralUseCase,
  ListDispensesQuery,
  ViewDispenseQuery,
  VerifyDispenseUseCase,
  ReleaseDispenseUseCase,
  ShipDispenseUseCase,
  RecordDeliveryUseCase,
  CancelDispenseUseCase,
  OpenNextCycleUseCase,
];
const adapters = [
  ReferralCopyRepository,
  AuthorizationGrantRepository,
  DispenseOrderRepository,
  DispenseContextReader,
  NextCycleHoldRepository,
  FirstDispenseOpener,
  DispenseChangeRunner,
  DispenseEvents,
  PharmacyCalendar,
  ClinicalPolicy,
];

/**
 * The pharmacy service: specialty pharmacists verify each immunoglobulin dose against the
 * patient, release it with its lots and ship it cold to the patient's home.
 */
@Module({})
export class PharmacyModule {
  static register(env: Record<string, string | undefined> = process.env): DynamicModule {
    return {
      module: PharmacyModule,
      imports: [
        CoreModule.forService(pharmacyService, {
          database: { entities, migrations: PHARMACY_MIGRATIONS },
          messaging: true,
          sections: [pharmacySettingsConfig],
          env,
        }),
        HttpApiModule,
      ],
      controllers: [...controllers, ...consumers],
      providers: [...useCases, ...adapters],
    };
  }
}
