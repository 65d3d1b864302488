import { authConfig, type AuthConfig } from '@infuse/config';
import {
  OUTBOUND_CALL_MIGRATIONS,
  outboundCallsConfig,
  OutboundCallsModule,
} from '@infuse/outbound-calls';
import { AssistanceCalendar } from './assistance-calendar';
import { AssistanceCaseRunner } from './assistance-case.runner';
import { type AssistanceSettings, assistanceSettingsConfig } from './assistance-settings.config';
import { CloseCaseController } from './close-case/close-case.controller';
import { CloseCaseUseCase } from './close-case/close-case.use-case';
import { EnrolmentAnswerHandler } from './enrolment/enrolment-answer.handler';
import { programmeCallTargets } from './enrolment/programme-targets';
import { SendEnrolmentUseCase } from './enrolment/send-enrolment.use-case';
import { AssistanceAuthorizationEventsConsumer } from './events/assistance-authorization-events.consumer';
import { AssistanceCaseEvents } from './events/assistance-case-events';
import { AssistanceDispenseEventsConsumer } from './events/assistance-dispense-events.consumer';
import { AssistanceReferralEventsConsumer } from './events/assistance-referral-events.consumer';
import { CaseResponses } from './http/case-responses';
import { CaseJobs } from './jobs/case-jobs';
import { CopayAssistanceJobSource } from './jobs/copay-assistance.job-source';
import { CopayAssistanceProcessor } from './jobs/copay-assistance.processor';
import { NoteReEnrolmentDueUseCase } from './jobs/note-re-enrolment-due.use-case';
import { ListCasesController } from './list-cases/list-cases.controller';
import { ListCasesQuery } from './list-cases/list-cases.query';
import { CreateAssistanceCases1796500000000 } from './migrations/1796500000000-create-assistance-cases';
import { AssistanceCaseRepository } from './persistence/assistance-case.repository';
import { AssistanceData } from './programmes/assistance-data';
import { AssistanceDataModule } from './programmes/assistance-data.module';
import { ChangeProductUseCase } from './record-facts/change-product.use-case';
import { RecordApprovalUseCase } from './record-facts/record-approval.use-case';
import { RecordReferralUseCase } from './record-facts/record-referral.use-case';
import { RecordBenefitsController } from './record-benefits/record-benefits.controller';
import { RecordBenefitsUseCase } from './record-benefits/record-benefits.use-case';
import { RecordConsentController } from './record-consent/record-consent.controller';
import { RecordConsentUseCase } from './record-consent/record-consent.use-case';
import { RecordFinancialsController } from './record-financials/record-financials.controller';
import { RecordFinancialsUseCase } from './record-financials/record-financials.use-case';
import { CaseScreener } from './screening/case-screener';
import { CountDoseUseCase } from './track-benefit/count-dose.use-case';
import { ViewCaseController } from './view-case/view-case.controller';
import { ViewCaseQuery } from './view-case/view-case.query';

/** The copay-assistance half of the service, by the module's arrays. */
export const ASSISTANCE = {
  controllers: [
    ListCasesController,
    ViewCaseController,
    RecordFinancialsController,
    RecordBenefitsController,
    RecordConsentController,
    CloseCaseController,
  ],
  consumers: [
    AssistanceReferralEventsConsumer,
    AssistanceAuthorizationEventsConsumer,
    AssistanceDispenseEventsConsumer,
  ],
  useCases: [
    RecordReferralUseCase,
    RecordApprovalUseCase,
    ChangeProductUseCase,
    CountDoseUseCase,
    CloseCaseUseCase,
    RecordFinancialsUseCase,
    RecordBenefitsUseCase,
    RecordConsentUseCase,
    SendEnrolmentUseCase,
    NoteReEnrolmentDueUseCase,
    ListCasesQuery,
    ViewCaseQuery,
  ],
  adapters: [
    AssistanceCalendar,
    AssistanceCaseRepository,
    AssistanceCaseRunner,
    AssistanceCaseEvents,
    CaseScreener,
    CaseJobs,
    EnrolmentAnswerHandler,
    CaseResponses,
  ],
  processors: [CopayAssistanceProcessor],
  jobSources: [CopayAssistanceJobSource],
  sections: [assistanceSettingsConfig, outboundCallsConfig],
  /** The programmes' data, and enrolment calls through the outbound-call dispatcher. */
  imports: [
    { module: AssistanceDataModule, global: true },
    OutboundCallsModule.forService({
      targets: {
        inject: [AssistanceData, assistanceSettingsConfig.token, authConfig.token],
        useFactory: (data: AssistanceData, settings: AssistanceSettings, auth: AuthConfig) =>
          programmeCallTargets(data, settings, auth),
      },
    }),
  ],
};

/** The copay-assistance migrations, after the follow-ups' (from 1796500000000). */
export const ASSISTANCE_MIGRATIONS = [
  ...OUTBOUND_CALL_MIGRATIONS,
  CreateAssistanceCases1796500000000,
];
