import { type Provider, type Type } from '@nestjs/common';
import { JOB_SOURCES, type JobSource } from './scheduled-job';

/** Collects the module's job sources under `JOB_SOURCES`, for the reconciler. */
export function jobSourcesProvider(sources: readonly Type<JobSource>[]): Provider {
  return {
    provide: JOB_SOURCES,
    useFactory: (...instances: JobSource[]) => instances,
    inject: [...sources],
  };
}
