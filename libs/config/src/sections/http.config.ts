import { z } from 'zod';
import { defineConfigSection } from '../config-section';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export interface HttpConfig {
  host: string;
  port: number;
  logLevel: (typeof LOG_LEVELS)[number];
  docsUi: boolean;
}

/** Each app's port is its own variable, defaulting to the port in docs/architecture.md. */
export function httpConfig(portVariable: string, defaultPort: number) {
  const schema = z.object({
    HTTP_HOST: z.string().min(1).default('127.0.0.1'),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    /** Serve the Swagger UI at /docs; the OpenAPI JSON at /docs-json is always served. */
    HTTP_DOCS_UI: z.enum(['true', 'false']).default('true'),
    [portVariable]: z.coerce.number().int().min(0).max(65535).default(defaultPort),
  });
  return defineConfigSection(
    'http',
    // The computed port key widens the parsed type, so name the fields explicitly.
    schema.transform((value): HttpConfig => ({
      host: value['HTTP_HOST'] as string,
      port: value[portVariable] as number,
      logLevel: value['LOG_LEVEL'] as HttpConfig['logLevel'],
      docsUi: value['HTTP_DOCS_UI'] === 'true',
    })),
  );
}
