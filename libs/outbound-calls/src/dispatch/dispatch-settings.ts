import { type OutboundCallsConfig } from '../outbound-calls.config';
import { type DispatchSettings } from './outbound-call-dispatcher';

export function dispatchSettingsOf(config: OutboundCallsConfig): DispatchSettings {
  return {
    maxAttempts: config.OUTBOUND_CALL_MAX_ATTEMPTS,
    rescheduleBaseMs: config.OUTBOUND_CALL_RESCHEDULE_BASE_MS,
    rescheduleMaxMs: config.OUTBOUND_CALL_RESCHEDULE_MAX_MS,
    leaseMs: config.OUTBOUND_CALL_LEASE_MS,
    concurrency: config.OUTBOUND_CALL_CONCURRENCY,
    pollIntervalMs: config.OUTBOUND_CALL_POLL_INTERVAL_MS,
  };
}
