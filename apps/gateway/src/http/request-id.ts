import { randomUUID } from 'node:crypto';
import { type IncomingMessage } from 'node:http';

const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * The request id, by the services' rule: the caller's `X-Request-Id` when it looks like one,
 * otherwise a new UUID. The gateway passes it on, so one id follows a click into a service's logs.
 */
export function requestIdFor(request: IncomingMessage): string {
  const header = request.headers['x-request-id'];
  const candidate = Array.isArray(header) ? header[0] : header;
  return candidate && ACCEPTABLE_REQUEST_ID.test(candidate) ? candidate : randomUUID();
}
