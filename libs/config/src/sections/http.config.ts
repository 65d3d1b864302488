import { z } from 'zod';
import { defineConfigSection } from '../config-section';

/** Each app's port is its own variable, defaulting to the port in docs/architecture.md. */
export function httpConfig(portVariable: string, defaultPort: number) {
  return defineConfigSection(
    'http',
    z
      .object({
        HTTP_HOST: z.string().min(1).default('127.0.0.1'),
        [portVariable]: z.coerce.number().int().min(0).max(65535).default(defaultPort),
        LOG_LEVEL: z
          .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
          .default('info'),
      })
      .transform((value) => ({
        host: value.HTTP_HOST,
        port: value[portVariable] as number,
        logLevel: value.LOG_LEVEL,
      })),
  );
}

export type HttpConfig = z.output<ReturnType<typeof httpConfig>['schema']>;
