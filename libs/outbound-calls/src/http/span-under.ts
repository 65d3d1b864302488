import { childSpan, type TraceContext, traceFrom } from '@infuse/observability';

/** A new span in the parent's trace, or the first span of a new trace when there is no parent. */
export function spanUnder(parent: TraceContext | undefined): TraceContext {
  return parent ? childSpan(parent) : traceFrom(undefined);
}
