import { currentTrace, formatTraceparent } from '@infuse/observability';
import {
  circuitBreaker,
  type CircuitBreakerPolicy,
  type CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleWhen,
  retry,
  type RetryPolicy,
  timeout,
  type TimeoutPolicy,
  TimeoutStrategy,
} from 'cockatiel';
import {
  failureOf,
  isRetryableStatus,
  isTransientError,
  isUnreachable,
  retryAfterMs,
} from './call-failure';
import { type CallTarget, urlOf } from './call-target';
import { HttpResponse } from './http-response';
import { type CallResult, type OutboundRequest } from './outbound-request';
import { type ResilienceSettings } from './resilience-settings';
import { spanUnder } from './span-under';
import { authorizationFor } from './token-header';

export interface CircuitObserver {
  circuitChanged(origin: string, state: CircuitState): void;
}

/**
 * The one HTTP client for calls leaving Infuse, on Node's fetch with cockatiel policies: each try
 * has a timeout; network failures, timeouts, 408, 429 and 5xx are retried with exponential
 * backoff and decorrelated jitter; and each origin has a circuit breaker, so a payer that is down
 * fails fast instead of being hammered. Never throws for the receiver's sake: it answers what
 * happened, and the caller (the dispatcher, or a synchronous read) decides what that means.
 */
export class ResilientHttpClient {
  private readonly breakers = new Map<string, CircuitBreakerPolicy>();
  private readonly retries: RetryPolicy;
  private readonly perTry: TimeoutPolicy;
  // What is retried, and what opens an origin's circuit: the same, but for a missing token,
  // which is the identity provider's failure and no reason to stop calling the receiver.
  private readonly transient = handleWhen(isTransientError).orWhenResult(isRetryableAnswer);
  private readonly receiverFailure = handleWhen(isUnreachable).orWhenResult(isRetryableAnswer);

  constructor(
    private readonly settings: ResilienceSettings,
    private readonly observer?: CircuitObserver,
  ) {
    this.retries = retry(this.transient, {
      maxAttempts: settings.retries,
      // cockatiel's default generator is decorrelated jitter, so retries from many calls spread out.
      backoff: new ExponentialBackoff({
        initialDelay: settings.retryBaseMs,
        maxDelay: settings.retryMaxMs,
      }),
    });
    // Aggressive: the try is abandoned (and its fetch aborted) at the deadline, body included.
    this.perTry = timeout(settings.timeoutMs, TimeoutStrategy.Aggressive);
  }

  async send(target: CallTarget, request: OutboundRequest): Promise<CallResult> {
    const url = urlOf(target, request.path);
    const breaker = this.breakerFor(url.origin);
    let tries = 0;
    try {
      const response = await this.retries.execute(({ signal }) => {
        tries += 1;
        return breaker.execute(
          () =>
            this.perTry.execute(({ signal: deadline }) =>
              this.tryOnce(url, target, request, deadline),
            ),
          signal,
        );
      }, request.signal);
      if (!isRetryableStatus(response.status)) return { outcome: 'answered', response, tries };
      const wait = retryAfterMs(response.headers.get('retry-after'));
      return {
        outcome: 'unavailable',
        failure: {
          reason: 'status',
          status: response.status,
          ...(wait ? { retryAfterMs: wait } : {}),
        },
        tries,
      };
    } catch (error) {
      return {
        outcome: 'unavailable',
        failure: failureOf(error, request.signal?.aborted ?? false),
        tries,
      };
    }
  }

  // A token can expire or be revoked between the cache's check and the receiver's: on a 401 the
  // token is renewed and the request sent once more.
  private async tryOnce(
    url: URL,
    target: CallTarget,
    request: OutboundRequest,
    signal: AbortSignal,
  ): Promise<HttpResponse> {
    const response = await this.exchange(url, target, request, signal);
    if (response.status !== 401 || !target.tokenSource) return response;
    target.tokenSource.invalidate();
    return this.exchange(url, target, request, signal);
  }

  private async exchange(
    url: URL,
    target: CallTarget,
    request: OutboundRequest,
    signal: AbortSignal,
  ): Promise<HttpResponse> {
    const response = await fetch(url, {
      method: request.method,
      headers: {
        ...request.headers,
        ...(request.idempotencyKey ? { 'idempotency-key': request.idempotencyKey } : {}),
        traceparent: formatTraceparent(spanUnder(request.trace ?? currentTrace())),
        ...(await authorizationFor(target)),
      },
      ...(request.body === undefined ? {} : { body: request.body }),
      // A redirected POST would silently become a GET; a 3xx is the receiver's final answer.
      redirect: 'manual',
      signal,
    });
    return new HttpResponse(
      response.status,
      response.headers,
      Buffer.from(await response.arrayBuffer()),
    );
  }

  // One circuit per origin: one payer's outage never stops calls to another.
  private breakerFor(origin: string): CircuitBreakerPolicy {
    let breaker = this.breakers.get(origin);
    if (!breaker) {
      breaker = circuitBreaker(this.receiverFailure, {
        halfOpenAfter: this.settings.circuitHalfOpenMs,
        breaker: new ConsecutiveBreaker(this.settings.circuitFailures),
      });
      breaker.onStateChange((state) => this.observer?.circuitChanged(origin, state));
      this.breakers.set(origin, breaker);
    }
    return breaker;
  }
}

function isRetryableAnswer(result: unknown): boolean {
  return result instanceof HttpResponse && isRetryableStatus(result.status);
}
