import fastifyCookie from '@fastify/cookie';
import { openServiceDataSource } from '@infuse/database';
import Fastify, { type FastifyError, type FastifyInstance, LogController } from 'fastify';
import { answerClientRoute, registerConsoleFiles } from './console/console-files';
import { readDevelopmentUsers } from './development-sign-in/development-users';
import { registerDevelopmentSignIn } from './development-sign-in/development-sign-in.routes';
import { registerHealthRoutes } from './health/health.routes';
import { gatewayLoggerOptions, registerRequestLog } from './http/gateway-logging';
import { requestIdFor } from './http/request-id';
import { registerSameOriginGuard } from './http/same-origin-guard';
import { registerSecurityHeaders } from './http/security-headers';
import { GATEWAY_MIGRATIONS } from './migrations/gateway-migrations';
import { registerOidcSignIn } from './oidc/oidc.routes';
import { OpenIdProvider } from './oidc/openid-provider';
import { RefreshTokenRenewal } from './oidc/refresh-token-renewal';
import { SignInAttempts } from './oidc/sign-in-attempts';
import { sendProblem } from './problems/problem';
import { registerServiceProxies } from './proxy/service-proxies';
import { ActiveSessions } from './sessions/active-sessions';
import { registerSessionRoutes } from './sessions/session.routes';
import { SessionStore } from './sessions/session-store';
import {
  type GatewayConfiguration,
  loadGatewayConfiguration,
} from './settings/gateway-configuration';

/** Accepts a document upload as large as referrals does (base64 inside JSON, about 13.4 MB). */
const BODY_LIMIT_BYTES = 16 * 1024 * 1024;

export interface Gateway {
  server: FastifyInstance;
  config: GatewayConfiguration;
}

/**
 * The console's one origin: its static build, the services' APIs under /api/<service>/ with the
 * session's bearer token, and the session itself under /auth/. Ready to listen; its schema is
 * migrated.
 */
export async function createGateway(env: Record<string, string | undefined>): Promise<Gateway> {
  const config = loadGatewayConfiguration(env);
  const { gateway: settings, oidc } = config;
  const users = config.developmentAuth ? readDevelopmentUsers() : [];
  const { dataSource } = await openServiceDataSource(
    { defaultSchema: 'gateway', entities: [], migrations: GATEWAY_MIGRATIONS },
    config.database,
  );

  const server = Fastify({
    logger: gatewayLoggerOptions(config.http),
    genReqId: requestIdFor,
    // One line per request, from registerRequestLog, instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
  });
  server.addHook('onClose', async () => dataSource.destroy());
  server.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerRequestLog(server);
  registerSecurityHeaders(server);
  registerSameOriginGuard(server, settings.publicOrigin);
  await server.register(fastifyCookie);

  server.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return sendProblem(reply, status, { detail: error.message });
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, 500, {
      detail: 'An unexpected error occurred. Quote the request id when reporting it.',
    });
  });
  server.setNotFoundHandler((request, reply) => {
    if (answerClientRoute(request, reply, settings.consoleDirectory)) return;
    void sendProblem(reply, 404, {
      detail: `Nothing is served at ${request.url.split('?', 1)[0]}.`,
    });
  });

  const store = new SessionStore(dataSource);
  const provider = oidc.enabled ? new OpenIdProvider(oidc) : undefined;
  const renewal =
    provider && oidc.enabled
      ? new RefreshTokenRenewal(provider, oidc.OIDC_TOKEN_RENEWAL_MARGIN_SECONDS, server.log)
      : undefined;
  const sessions = new ActiveSessions(store, renewal);

  registerHealthRoutes(server, dataSource);
  registerSessionRoutes(server, sessions, settings.secureCookies);
  registerDevelopmentSignIn(server, {
    auth: config.developmentAuth,
    users,
    store,
    secureCookies: settings.secureCookies,
  });
  registerOidcSignIn(server, {
    settings: oidc,
    provider,
    attempts: new SignInAttempts(dataSource),
    store,
    secureCookies: settings.secureCookies,
  });
  await registerServiceProxies(server, settings, sessions);
  await registerConsoleFiles(server, settings.consoleDirectory);
  await server.ready();
  return { server, config };
}
