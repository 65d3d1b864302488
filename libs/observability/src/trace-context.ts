import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

/**
 * W3C Trace Context (https://www.w3.org/TR/trace-context/): one trace id for everything a user
 * action causes, across HTTP, the outbox, Kafka and the handlers of the events it produced.
 */
export interface TraceContext {
  traceId: string;
  /** The current span: the HTTP request, or the handling of one event. */
  spanId: string;
  sampled: boolean;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const storage = new AsyncLocalStorage<TraceContext>();

export function parseTraceparent(header: string | undefined): TraceContext | undefined {
  const [, traceId, spanId, flags] = TRACEPARENT.exec(header ?? '') ?? [];
  if (!traceId || !spanId || !flags || /^0+$/.test(traceId) || /^0+$/.test(spanId))
    return undefined;
  return { traceId, spanId, sampled: (parseInt(flags, 16) & 1) === 1 };
}

export function formatTraceparent(context: TraceContext): string {
  return `00-${context.traceId}-${context.spanId}-${context.sampled ? '01' : '00'}`;
}

/** A new span in the same trace, e.g. for an event produced during this request. */
export function childSpan(parent: TraceContext): TraceContext {
  return { ...parent, spanId: randomBytes(8).toString('hex') };
}

/** Continues the caller's trace when it sent one, otherwise starts a new trace. */
export function traceFrom(traceparent: string | undefined): TraceContext {
  const parent = parseTraceparent(traceparent);
  if (parent) return childSpan(parent);
  return {
    traceId: randomBytes(16).toString('hex'),
    spanId: randomBytes(8).toString('hex'),
    sampled: true,
  };
}

export function runInTrace<T>(context: TraceContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentTrace(): TraceContext | undefined {
  return storage.getStore();
}
