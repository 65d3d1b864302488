import { type OutboundCallsConfig } from '../outbound-calls.config';

/** How one call is tried: per-try timeout, in-process retries, and the circuit of each origin. */
export interface ResilienceSettings {
  timeoutMs: number;
  retries: number;
  retryBaseMs: number;
  retryMaxMs: number;
  circuitFailures: number;
  circuitHalfOpenMs: number;
}

export function resilienceSettingsOf(config: OutboundCallsConfig): ResilienceSettings {
  return {
    timeoutMs: config.OUTBOUND_CALL_TIMEOUT_MS,
    retries: config.OUTBOUND_CALL_RETRIES,
    retryBaseMs: config.OUTBOUND_CALL_RETRY_BASE_MS,
    retryMaxMs: config.OUTBOUND_CALL_RETRY_MAX_MS,
    circuitFailures: config.OUTBOUND_CIRCUIT_FAILURES,
    circuitHalfOpenMs: config.OUTBOUND_CIRCUIT_HALF_OPEN_MS,
  };
}
