import { type DynamicModule, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type HttpConfig } from '@infuse/config';
import { connectEventConsumer } from '@infuse/messaging';
import { runInTrace, traceFrom } from '@infuse/observability';
import { Logger } from 'nestjs-pino';
import { requestIdFor } from './logging/request-id';
import { type Service } from './service-definition';

export interface PlatformAppOptions {
  /** Largest request body Fastify accepts. */
  bodyLimitBytes?: number;
  /** Runs before the app initialises: an HTTP API registers its parsers and documents here. */
  configure?: (app: NestFastifyApplication) => void;
}

/**
 * Builds and initialises an app on Fastify, ready to listen: structured logs, request ids, the
 * W3C trace of each request, shutdown hooks, and its event consumers started when it has any.
 * Tests use it without listening.
 */
export async function createPlatformApp(
  rootModule: Type | DynamicModule,
  options: PlatformAppOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    genReqId: requestIdFor,
    ...(options.bodyLimitBytes ? { bodyLimit: options.bodyLimitBytes } : {}),
  });
  const app = await NestFactory.create<NestFastifyApplication>(rootModule, adapter, {
    bufferLogs: true,
    abortOnError: false,
    bodyParser: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  app.useLogger(app.get(Logger));
  // Everything the request causes (events included) joins the caller's trace, or a new one.
  fastify.addHook('onRequest', (request, _reply, done) => {
    const traceparent = request.headers['traceparent'];
    runInTrace(traceFrom(typeof traceparent === 'string' ? traceparent : undefined), done);
  });
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.enableShutdownHooks();
  options.configure?.(app);
  connectEventConsumer(app);
  await app.init();
  await app.startAllMicroservices();
  return app;
}

/** Listens on the service's configured address, logs it and tells a supervising process. */
export async function listen(app: NestFastifyApplication, service: Service): Promise<void> {
  const config = app.get<HttpConfig>(service.listenSection.token);
  await app.listen({ port: config.port, host: config.host });
  const url = await app.getUrl();
  app.get(Logger).log(`${service.name} listening on ${url}`);
  // A supervising process (npm start, benchmarks) learns the address whatever the log level.
  process.send?.({ service: service.name, listening: url });
}

/**
 * Starts a process that runs BullMQ processors and event consumers but serves no API: it
 * listens only for `/health/*` and `/metrics`.
 */
export async function bootstrapWorker(
  rootModule: Type | DynamicModule,
  service: Service,
): Promise<NestFastifyApplication> {
  const app = await createPlatformApp(rootModule);
  await listen(app, service);
  return app;
}

/** The entry point's last resort: a failed boot exits with its reason, never a stack of data. */
export function exitOnBootFailure(error: unknown): never {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
