import { type DynamicModule, Module } from '@nestjs/common';
import { type HttpConfig } from '@infuse/config';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { REDACTED_PATHS } from './log-redaction';

/**
 * Structured JSON logs with the request id on every line. Requests are logged by method, path
 * and status only: bodies and query strings may carry patient data.
 */
@Module({})
export class LoggingModule {
  static forRoot(httpConfigToken: symbol, serviceName: string): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [httpConfigToken],
          useFactory: (config: HttpConfig) => ({
            pinoHttp: {
              level: config.logLevel,
              base: { service: serviceName },
              redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
              // Middleware may see a path relative to its mount point; originalUrl is the full one.
              autoLogging: {
                ignore: (request: IncomingMessage & { originalUrl?: string }) =>
                  isHealthCheck(request.originalUrl ?? request.url),
              },
              serializers: {
                // pino-http hands these its own serialized request, not the raw one.
                req: (request: { id?: unknown; method?: string; url?: string }) => ({
                  id: request.id,
                  method: request.method,
                  path: (request.url ?? '').split('?')[0],
                }),
                res: (response: ServerResponse) => ({ statusCode: response.statusCode }),
              },
            },
          }),
        }),
      ],
    };
  }
}

function isHealthCheck(url: string | undefined): boolean {
  return (url ?? '').startsWith('/health/');
}
