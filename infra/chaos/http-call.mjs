// The fault run's calls to the services: JSON over HTTP with a user's token, a timeout per try,
// and retries while the answer says "not now" (no connection, a timeout, a 5xx, 429) until a
// deadline. What a user would do when a service is restarting: try again a little later.
import { setTimeout as sleep } from 'node:timers/promises';

export class HttpError extends Error {
  constructor(method, url, status, problem) {
    super(`${method} ${url} answered ${status}: ${problem?.detail ?? problem?.title ?? ''}`);
    this.name = 'HttpError';
    this.status = status;
    this.problem = problem;
  }
}

/** One try; rejects with an HttpError for a non-2xx answer. */
export async function callJson({ url, method = 'GET', token, body, headers = {}, timeoutMs }) {
  const response = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = { detail: text.slice(0, 200) };
  }
  if (!response.ok) throw new HttpError(method, url, response.status, json);
  return json;
}

/** Whether trying again later can help: no answer at all, or an answer that says "not now". */
export function isRetryable(error) {
  if (error instanceof HttpError) return error.status >= 500 || [408, 429].includes(error.status);
  // fetch failed (refused, reset), or the try's timeout.
  return true;
}

/**
 * Runs `attempt` until it resolves, waiting between tries (250 ms doubling to 4 s) while its
 * failure is retryable and `deadline` (epoch ms) has not passed. `onRetry` sees each failure.
 */
export async function withRetries(attempt, { deadline, onRetry = () => undefined }) {
  let delay = 250;
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt(tries);
    } catch (error) {
      if (!isRetryable(error) || Date.now() + delay > deadline) throw error;
      onRetry(error, tries);
      await sleep(delay);
      delay = Math.min(4_000, delay * 2);
    }
  }
}
