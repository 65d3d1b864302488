import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { QUEUES } from '@infuse/contracts';
import { HttpApiModule } from '@infuse/http';
import { CoreModule } from '@infuse/platform';
import { ASSISTANCE } from './assistance/assistance.parts';
import { QueueDashboard } from './admin/queue-dashboard';
import { FOLLOW_UPS } from './follow-ups/follow-ups.parts';
import { WORKERS_MIGRATIONS } from './migrations/workers-migrations';
import { JobReconciler } from './scheduling/job-reconciler';
import { JobScheduler } from './scheduling/job-scheduler';
import { jobSourcesProvider } from './scheduling/job-sources.provider';
import { JobWakeUps } from './scheduling/job-wake-ups';
import { type JobSource } from './scheduling/scheduled-job';
import { workersSettingsConfig } from './workers-settings.config';
import { workersService } from './workers.service';

// The table of contents. Each half of the service (follow-ups, copay assistance) adds its parts
// to these arrays; the assistance half spreads the arrays it exports from ./assistance.

// The repositories write and read with SQL of their own.
const entities: Type[] = [];
const controllers: Type[] = [...FOLLOW_UPS.controllers, ...ASSISTANCE.controllers];
const consumers: Type[] = [...FOLLOW_UPS.consumers, ...ASSISTANCE.consumers];
const useCases: Type[] = [...FOLLOW_UPS.useCases, ...ASSISTANCE.useCases];
const adapters: Type[] = [...FOLLOW_UPS.adapters, ...ASSISTANCE.adapters];
/** `@Processor` classes, one per queue. */
const processors: Type[] = [...FOLLOW_UPS.processors, ...ASSISTANCE.processors];
/** Tables whose open rows each call for a job; the reconciler re-creates the jobs Redis lost. */
const jobSources: Type<JobSource>[] = [...FOLLOW_UPS.jobSources, ...ASSISTANCE.jobSources];
const sections = [workersSettingsConfig, ...FOLLOW_UPS.sections, ...ASSISTANCE.sections];
const scheduling = [JobScheduler, JobWakeUps, JobReconciler, jobSourcesProvider(jobSources)];
/** Operations: the queue dashboard, for administrators. */
const admin = [QueueDashboard];

/**
 * The workers service: background work between the steps people take, on BullMQ. Follow-up tasks
 * chase what is pending; copay-assistance cases get the patient help paying. One process serves
 * the API (port 3005) and runs the processors of both queues.
 */
@Module({})
export class WorkersModule {
  static register(env: Record<string, string | undefined> = process.env): DynamicModule {
    return {
      module: WorkersModule,
      imports: [
        CoreModule.forService(workersService, {
          database: { entities, migrations: WORKERS_MIGRATIONS },
          messaging: true,
          queues: [QUEUES.followups, QUEUES.copayAssistance],
          sections,
          env,
        }),
        HttpApiModule,
        ...ASSISTANCE.imports,
      ],
      controllers: [...controllers, ...consumers],
      providers: [...useCases, ...adapters, ...processors, ...jobSources, ...scheduling, ...admin],
    };
  }
}
