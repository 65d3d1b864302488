import { type DynamicModule } from '@nestjs/common';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp } from '@infuse/http';
import { type Service } from '@infuse/platform';
import {
  dropSchema,
  deleteTopicsWithPrefix,
  testEnvironment,
  TestHttpClient,
  uniqueSuffix,
} from '@infuse/testing';

export interface TestApp {
  app: NestFastifyApplication;
  http: TestHttpClient;
  /** The schema this app owns for the test run; dropped by close(). */
  schema: string;
  /** The prefix of this app's topics and consumer groups. */
  topicPrefix: string;
  close(): Promise<void>;
}

/**
 * Starts an app on a free port against the real infrastructure, in a schema of its own that
 * its migrations create from nothing, so each test file starts clean and leaves nothing behind.
 */
export async function startTestApp(
  service: Service,
  moduleFor: (env: Record<string, string>) => DynamicModule,
  overrides: Record<string, string> = {},
): Promise<TestApp> {
  const schema = `${service.name.replace(/-/g, '_')}_test_${uniqueSuffix()}`;
  const env = testEnvironment(schema, overrides);
  const app = await createHttpApp(moduleFor(env), service);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    http: new TestHttpClient(`http://127.0.0.1:${port}`),
    schema,
    topicPrefix: env['KAFKA_TOPIC_PREFIX'] ?? '',
    async close() {
      await app.close();
      await dropSchema(schema);
      await deleteTopicsWithPrefix(env['KAFKA_TOPIC_PREFIX'] ?? '');
    },
  };
}
