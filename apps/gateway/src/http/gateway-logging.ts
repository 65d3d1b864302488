import { type HttpConfig } from '@infuse/config';
import { type FastifyInstance, type FastifyServerOptions } from 'fastify';

/**
 * JSON logs like the services' (pino, the service's name and the request id on every line).
 * Requests are logged by method, path and status only; headers are never logged, and the
 * redaction is a safety net should an object carrying them ever be.
 */
export function gatewayLoggerOptions(http: HttpConfig): FastifyServerOptions['logger'] {
  return {
    level: http.logLevel,
    base: { service: 'gateway' },
    redact: {
      paths: [
        'headers.authorization',
        'headers.cookie',
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
      ],
      censor: '[redacted]',
    },
  };
}

/** One line per answered request, as the services log them; health probes are not logged. */
export function registerRequestLog(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', async (request, reply) => {
    const path = request.url.split('?', 1)[0] ?? '';
    if (path.startsWith('/health/')) return;
    request.log.info(
      {
        req: { id: request.id, method: request.method, path },
        res: { statusCode: reply.statusCode },
        responseTime: Math.round(reply.elapsedTime),
      },
      'request completed',
    );
  });
}
