import { CompleteFollowUpController } from './complete-follow-up/complete-follow-up.controller';
import { CompleteFollowUpUseCase } from './complete-follow-up/complete-follow-up.use-case';
import { AuthorizationFollowUpsConsumer } from './events/authorization-follow-ups.consumer';
import { DoseFollowUpsConsumer } from './events/dose-follow-ups.consumer';
import { ReferralFollowUpsConsumer } from './events/referral-follow-ups.consumer';
import { FireFollowUpUseCase } from './fire-follow-up/fire-follow-up.use-case';
import { FollowUpChanges } from './follow-up-changes';
import { FollowUpJobSource } from './follow-up-job.source';
import { followUpSettingsConfig } from './follow-up-settings.config';
import { FollowUpFiringBatcher } from './jobs/follow-up-firing.batcher';
import { FollowUpProcessor } from './jobs/follow-up.processor';
import { ListFollowUpsController } from './list-follow-ups/list-follow-ups.controller';
import { ListFollowUpsQuery } from './list-follow-ups/list-follow-ups.query';
import { OpenFollowUpsUseCase } from './open-follow-up/open-follow-ups.use-case';
import { FollowUpTaskRepository } from './persistence/follow-up-task.repository';
import { ReleasedDoseRepository } from './persistence/released-dose.repository';
import { RecordDoseUseCase } from './record-dose/record-dose.use-case';
import { ResolveFollowUpsUseCase } from './resolve-follow-ups/resolve-follow-ups.use-case';
import { SnoozeFollowUpController } from './snooze-follow-up/snooze-follow-up.controller';
import { SnoozeFollowUpUseCase } from './snooze-follow-up/snooze-follow-up.use-case';

/** The follow-ups half of the service, by the module's arrays. */
export const FOLLOW_UPS = {
  controllers: [ListFollowUpsController, CompleteFollowUpController, SnoozeFollowUpController],
  consumers: [ReferralFollowUpsConsumer, AuthorizationFollowUpsConsumer, DoseFollowUpsConsumer],
  useCases: [
    OpenFollowUpsUseCase,
    ResolveFollowUpsUseCase,
    FireFollowUpUseCase,
    RecordDoseUseCase,
    ListFollowUpsQuery,
    CompleteFollowUpUseCase,
    SnoozeFollowUpUseCase,
  ],
  adapters: [
    FollowUpTaskRepository,
    ReleasedDoseRepository,
    FollowUpChanges,
    FollowUpFiringBatcher,
  ],
  processors: [FollowUpProcessor],
  jobSources: [FollowUpJobSource],
  sections: [followUpSettingsConfig],
} as const;
