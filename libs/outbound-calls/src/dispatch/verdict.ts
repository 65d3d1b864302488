import { type CallFailure } from '../http/call-failure';
import { type HttpResponse } from '../http/http-response';
import { type CallResult } from '../http/outbound-request';

/** What a dispatch comes to, and so what happens to the call's row. */
export type Verdict =
  | { outcome: 'succeeded'; response: HttpResponse }
  | { outcome: 'rejected'; response: HttpResponse }
  | { outcome: 'gave_up'; failure: CallFailure }
  | { outcome: 'rescheduled'; failure: CallFailure }
  /** Abandoned at shutdown: any instance may send it again at once. */
  | { outcome: 'released' };

export function verdictOf(result: CallResult, attempts: number, maxAttempts: number): Verdict {
  if (result.outcome === 'answered') {
    const { response } = result;
    return { outcome: response.ok ? 'succeeded' : 'rejected', response };
  }
  const { failure } = result;
  if (failure.reason === 'aborted') return { outcome: 'released' };
  return { outcome: attempts < maxAttempts ? 'rescheduled' : 'gave_up', failure };
}
