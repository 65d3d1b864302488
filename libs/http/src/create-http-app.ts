import { type DynamicModule, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type HttpConfig } from '@infuse/config';
import { runInTrace, traceFrom } from '@infuse/observability';
import { Logger } from 'nestjs-pino';
import { type HttpService } from './http-service';
import { requestIdFor } from './logging/request-id';
import { setupOpenApi } from './open-api';
import { registerJsonBodyParser, registerQueryTextCheck } from './validation/json-body-parser';

// A 10 MB document arrives base64-encoded inside JSON: about 13.4 MB, plus the rest of the body.
const BODY_LIMIT_BYTES = 16 * 1024 * 1024;

/** Builds and initialises an app on Fastify, ready to listen; tests use it without listening. */
export async function createHttpApp(
  rootModule: Type | DynamicModule,
  service: HttpService,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ genReqId: requestIdFor, bodyLimit: BODY_LIMIT_BYTES });
  const app = await NestFactory.create<NestFastifyApplication>(rootModule, adapter, {
    bufferLogs: true,
    abortOnError: false,
    bodyParser: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  registerJsonBodyParser(fastify);
  registerQueryTextCheck(fastify);
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
  setupOpenApi(app, service, app.get<HttpConfig>(service.httpSection.token).docsUi);
  await app.init();
  await service.afterInit?.(app);
  return app;
}

/** Starts an app for production use: listens on its configured address and logs it. */
export async function bootstrapHttpService(
  rootModule: Type | DynamicModule,
  service: HttpService,
): Promise<NestFastifyApplication> {
  const app = await createHttpApp(rootModule, service);
  const config = app.get<HttpConfig>(service.httpSection.token);
  await app.listen({ port: config.port, host: config.host });
  const url = await app.getUrl();
  app.get(Logger).log(`${service.name} listening on ${url}`);
  // A supervising process (npm start, benchmarks) learns the address whatever the log level.
  process.send?.({ service: service.name, listening: url });
  return app;
}
