import { type DynamicModule, type Type } from '@nestjs/common';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type HttpConfig } from '@infuse/config';
import { createPlatformApp, listen, type Service } from '@infuse/platform';
import { setupOpenApi } from './open-api';
import { registerJsonBodyParser, registerQueryTextCheck } from './validation/json-body-parser';

// A 10 MB document arrives base64-encoded inside JSON: about 13.4 MB, plus the rest of the body.
const BODY_LIMIT_BYTES = 16 * 1024 * 1024;

/** Builds and initialises an HTTP API app, ready to listen; tests use it without listening. */
export function createHttpApp(
  rootModule: Type | DynamicModule,
  service: Service,
): Promise<NestFastifyApplication> {
  return createPlatformApp(rootModule, {
    bodyLimitBytes: BODY_LIMIT_BYTES,
    configure: (app) => {
      const fastify = app.getHttpAdapter().getInstance();
      registerJsonBodyParser(fastify);
      registerQueryTextCheck(fastify);
      setupOpenApi(app, service, app.get<HttpConfig>(service.listenSection.token).docsUi);
    },
  });
}

/** Starts an HTTP API for production use: listens on its configured address and logs it. */
export async function bootstrapHttpService(
  rootModule: Type | DynamicModule,
  service: Service,
): Promise<NestFastifyApplication> {
  const app = await createHttpApp(rootModule, service);
  await listen(app, service);
  return app;
}
