export { outboundCallsConfig, type OutboundCallsConfig } from './outbound-calls.config';
export { ResilientHttpClient, type CircuitObserver } from './http/resilient-http-client';
export { resilienceSettingsOf, type ResilienceSettings } from './http/resilience-settings';
export { type OutboundRequest, type CallResult, type HttpMethod } from './http/outbound-request';
export { HttpResponse } from './http/http-response';
export { type CallFailure, isRetryableStatus } from './http/call-failure';
export {
  callTargets,
  type CallTarget,
  type CallTargets,
  type BearerTokenSource,
} from './http/call-target';
export { defineCallKind, type CallKind } from './intent/call-kind';
export {
  type CallRequest,
  type RequestBody,
  type OutboundCallIntent,
  type RecordedCall,
} from './intent/outbound-call-intent';
export { recordOutboundCall } from './intent/record-outbound-call';
export { OutboundCalls } from './intent/outbound-calls.service';
export {
  CreateOutboundCallTable1764547200000,
  OUTBOUND_CALL_MIGRATIONS,
} from './intent/create-outbound-call-table.migration';
export {
  type OutboundCallHandler,
  type CallSucceeded,
  type CallFailed,
} from './dispatch/outbound-call-handler';
export {
  OutboundCallDispatcher,
  type OutboundCallDispatcherOptions,
  type DispatchSettings,
} from './dispatch/outbound-call-dispatcher';
export { dispatchSettingsOf } from './dispatch/dispatch-settings';
export { OutboundCallMetrics } from './dispatch/outbound-call-metrics';
export { type OutboundCallRow } from './dispatch/outbound-call-row';
export { HandlesOutboundCall } from './nest/handles-outbound-call.decorator';
export { CALL_TARGETS } from './nest/call-targets.token';
export { OutboundCallsModule, type OutboundCallsOptions } from './nest/outbound-calls.module';
