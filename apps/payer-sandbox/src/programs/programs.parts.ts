import { IDEMPOTENCY_MIGRATIONS, IdempotencyStore } from '@infuse/http';
import { EnrolController } from './enrol.controller';
import { EnrolUseCase } from './enrol.use-case';
import { CreateProgrammeEnrolments1796500000000 } from './migrations/1796500000000-create-programme-enrolments';
import { loadProgrammeCatalogue, ProgrammeCatalogue } from './programme-catalogue';
import { ProgrammeEnrolmentRepository } from './programme-enrolment.repository';
import { type ProgramsSettings, programsSettingsConfig } from './programs-settings.config';

// The programme sandbox's parts, spread into the payer sandbox's module and migrations.
export const programsControllers = [EnrolController];
export const programsProviders = [
  {
    provide: ProgrammeCatalogue,
    inject: [programsSettingsConfig.token],
    useFactory: (settings: ProgramsSettings) => loadProgrammeCatalogue(settings),
  },
  IdempotencyStore,
  ProgrammeEnrolmentRepository,
  EnrolUseCase,
];
export const programsSections = [programsSettingsConfig];
export const PROGRAMS_MIGRATIONS = [
  ...IDEMPOTENCY_MIGRATIONS,
  CreateProgrammeEnrolments1796500000000,
];
