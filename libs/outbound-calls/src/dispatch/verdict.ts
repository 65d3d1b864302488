import { type EntityManager } from 'typeorm';
import { type CallFailure, describeFailure } from '../http/call-failure';
import { type HttpResponse } from '../http/http-response';
import { type CallResult } from '../http/outbound-request';
import { type RecordedCall } from '../intent/outbound-call-intent';
import { type Settlement } from './call-store';
import { type OutboundCallHandler } from './outbound-call-handler';

/** What a dispatch comes to, and so what happens to the call's row. */
export type Verdict =
  | { outcome: 'succeeded'; response: HttpResponse }
  | { outcome: 'rejected'; response: HttpResponse }
  | { outcome: 'gave_up'; failure: CallFailure }
  | { outcome: 'rescheduled'; failure: CallFailure }
  /** Abandoned at shutdown: any instance may send it again at once. */
  | { outcome: 'released' };

/** A verdict that ends the call, through its handler. */
export type FinalVerdict = Extract<Verdict, { outcome: 'succeeded' | 'rejected' | 'gave_up' }>;

export function verdictOf(result: CallResult, attempts: number, maxAttempts: number): Verdict {
  if (result.outcome === 'answered') {
    const { response } = result;
    return { outcome: response.ok ? 'succeeded' : 'rejected', response };
  }
  const { failure } = result;
  if (failure.reason === 'aborted') return { outcome: 'released' };
  return { outcome: attempts < maxAttempts ? 'rescheduled' : 'gave_up', failure };
}

/** What the row keeps of a final verdict: a status and a short reason, never the answer's body. */
export function settlementOf(verdict: FinalVerdict): Settlement {
  switch (verdict.outcome) {
    case 'succeeded':
      return { status: 'succeeded', responseStatus: verdict.response.status, lastError: null };
    case 'rejected':
      return {
        status: 'failed',
        responseStatus: verdict.response.status,
        lastError: `rejected ${verdict.response.status}`,
      };
    case 'gave_up':
      return {
        status: 'failed',
        responseStatus: verdict.failure.status ?? null,
        lastError: `gave up: ${describeFailure(verdict.failure)}`,
      };
  }
}

/** Runs the handler's hook for a final verdict, in the settling transaction. */
export function handOver(
  handler: OutboundCallHandler<unknown>,
  call: RecordedCall<unknown>,
  verdict: FinalVerdict,
  manager: EntityManager,
): Promise<void> {
  switch (verdict.outcome) {
    case 'succeeded':
      return handler.succeeded({ call, response: verdict.response }, manager);
    case 'rejected':
      return handler.failed({ reason: 'rejected', call, response: verdict.response }, manager);
    case 'gave_up':
      return handler.failed({ reason: 'gave-up', call, failure: verdict.failure }, manager);
  }
}
