import { randomUUID } from 'node:crypto';
import { type IncomingMessage } from 'node:http';

const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * The request id: the caller's `X-Request-Id` when it looks like one (so a trace spans
 * services), otherwise a new UUID. Stored on the raw request so the HTTP logger uses it too.
 */
export function requestIdFor(request: IncomingMessage): string {
  const header = request.headers['x-request-id'];
  const candidate = Array.isArray(header) ? header[0] : header;
  const id = candidate && ACCEPTABLE_REQUEST_ID.test(candidate) ? candidate : randomUUID();
  (request as IncomingMessage & { id?: string }).id = id;
  return id;
}
