export { defineService, type Service, type ServiceDefinition } from './service-definition';
export { CoreModule, type CoreOptions } from './core.module';
export {
  createPlatformApp,
  bootstrapWorker,
  listen,
  exitOnBootFailure,
  type PlatformAppOptions,
} from './create-platform-app';
export { QueueModule } from './queues/queue.module';
export { type ReadinessCheck } from './health/readiness-check';
export { type DependencyName } from './health/health.module';
