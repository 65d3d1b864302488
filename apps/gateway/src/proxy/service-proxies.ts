import httpProxy from '@fastify/http-proxy';
import { formatTraceparent, traceFrom } from '@infuse/observability';
import {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type RawServerBase,
  type RouteGenericInterface,
} from 'fastify';
import { sendProblem } from '../problems/problem';
import { type ActiveSessions } from '../sessions/active-sessions';
import { type GatewaySettings } from '../settings/gateway-settings.config';
import { UPSTREAM_SERVICES, type UpstreamService } from '../settings/upstream-services';

/** The access token each proxied request carries, set once its session is found. */
const bearerOf = new WeakMap<object, string>();

/**
 * `/api/<service>/<path>` goes to `<service URL>/<path>` with the session's bearer token. What
 * the browser sent as credentials (Authorization, its cookies) never reaches a service, and
 * whatever the service answers (problem documents, statuses, bodies) comes back as it is.
 */
export async function registerServiceProxies(
  fastify: FastifyInstance,
  settings: GatewaySettings,
  sessions: ActiveSessions,
): Promise<void> {
  const requireSession = async (request: FastifyRequest, reply: FastifyReply) => {
    const session = await sessions.of(request);
    if (!session) {
      return sendProblem(reply, 401, {
        type: 'session-required',
        detail: 'Sign in to the console first: this request carried no live session.',
      });
    }
    bearerOf.set(request, session.tokens.accessToken);
  };
  // One scope for the proxies, so the session check runs before every proxied request.
  await fastify.register(async (proxies) => {
    proxies.addHook('preHandler', requireSession);
    for (const service of UPSTREAM_SERVICES) {
      await proxies.register(httpProxy, {
        upstream: settings[service.variable],
        prefix: `/api/${service.name}`,
        // Every status passes through untouched: no retries on a service's 503, nor of a
        // request whose connection dropped (a POST may have been applied).
        retryMethods: [],
        disableRequestLogging: true,
        replyOptions: {
          timeout: settings.GATEWAY_UPSTREAM_TIMEOUT_MS,
          rewriteRequestHeaders: (request, headers) => upstreamHeaders(request, headers),
          onError: (reply, { error }) => answerUnreachable(reply, service, error),
        },
      });
    }
  });
  const unknownService = async (request: FastifyRequest, reply: FastifyReply) =>
    sendProblem(reply, 404, {
      type: 'unknown-service',
      detail: `No service answers ${request.url.split('?', 1)[0]}. The services are under /api/<service>/: ${UPSTREAM_SERVICES.map(({ name }) => name).join(', ')}.`,
    });
  fastify.all('/api', unknownService);
  fastify.all('/api/*', unknownService);
}

function upstreamHeaders(
  request: { id: string },
  headers: Record<string, string | string[] | undefined>,
): Record<string, string | string[] | undefined> {
  const forwarded = { ...headers };
  // The browser's own credentials are not the service's business.
  delete forwarded['authorization'];
  delete forwarded['cookie'];
  const traceparent = headers['traceparent'];
  return {
    ...forwarded,
    authorization: `Bearer ${bearerOf.get(request) ?? ''}`,
    // The service logs the gateway's request id and joins the browser's trace, or starts one.
    'x-request-id': request.id,
    traceparent: formatTraceparent(
      traceFrom(typeof traceparent === 'string' ? traceparent : undefined),
    ),
  };
}

function answerUnreachable(
  reply: FastifyReply<RouteGenericInterface, RawServerBase>,
  service: UpstreamService,
  error: { statusCode?: number; message?: string },
): void {
  reply.request.log.warn({ service: service.name, error: error.message }, 'service did not answer');
  if (error.statusCode === 504) {
    void sendProblem(reply, 504, {
      type: 'service-timeout',
      detail: `The ${service.name} service did not answer in time. Try again in a moment.`,
    });
    return;
  }
  void sendProblem(reply, 502, {
    type: 'service-unreachable',
    detail: `The ${service.name} service cannot be reached. Try again in a moment.`,
  });
}
