import { Registry } from 'prom-client';
import { type DataSource } from 'typeorm';
import {
  type DispatchSettings,
  OutboundCallDispatcher,
  type OutboundCallDispatcherOptions,
} from '../../src/dispatch/outbound-call-dispatcher';
import { OutboundCallMetrics } from '../../src/dispatch/outbound-call-metrics';
import { callTargets } from '../../src/http/call-target';
import { type ResilienceSettings } from '../../src/http/resilience-settings';
import { ResilientHttpClient } from '../../src/http/resilient-http-client';
import { RecordingHandler, SubmitTestClaim } from './recording-handler';

/** Short enough that a test sees retries, reschedules and an open circuit in seconds. */
export const FAST_RESILIENCE: ResilienceSettings = {
  timeoutMs: 2000,
  retries: 2,
  retryBaseMs: 20,
  retryMaxMs: 100,
  circuitFailures: 3,
  circuitHalfOpenMs: 1500,
};

export const FAST_DISPATCH: DispatchSettings = {
  maxAttempts: 50,
  rescheduleBaseMs: 100,
  rescheduleMaxMs: 400,
  leaseMs: 10_000,
  concurrency: 4,
  pollIntervalMs: 100,
};

export interface HarnessTarget {
  dataSource: DataSource;
  databaseUrl: string;
  schema: string;
  receiverUrl: string;
}

/** A dispatcher for the test call kind, sending to the test receiver, with its own metrics. */
export function harnessDispatcher(
  target: HarnessTarget,
  overrides: Partial<Pick<OutboundCallDispatcherOptions, 'beforeSend' | 'afterAnswer'>> & {
    dispatch?: Partial<DispatchSettings>;
  } = {},
): { dispatcher: OutboundCallDispatcher; registry: Registry } {
  const registry = new Registry();
  const metrics = new OutboundCallMetrics(registry);
  const dispatcher = new OutboundCallDispatcher({
    dataSource: target.dataSource,
    databaseUrl: target.databaseUrl,
    schema: target.schema,
    client: new ResilientHttpClient(FAST_RESILIENCE, metrics),
    targets: callTargets({ payer: { baseUrl: target.receiverUrl } }),
    handlers: new Map([[SubmitTestClaim.name, new RecordingHandler()]]),
    settings: { ...FAST_DISPATCH, ...overrides.dispatch },
    metrics,
    log: () => undefined,
    ...(overrides.beforeSend ? { beforeSend: overrides.beforeSend } : {}),
    ...(overrides.afterAnswer ? { afterAnswer: overrides.afterAnswer } : {}),
  });
  return { dispatcher, registry };
}

/** One round: claim what is due, send it, settle it, stop. */
export async function dispatchOnce(target: HarnessTarget): Promise<void> {
  const { dispatcher } = harnessDispatcher(target);
  await dispatcher.claimDue();
  await dispatcher.idle();
  await dispatcher.stop();
}
