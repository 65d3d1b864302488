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
              autoLogging: {
                ignore: (request: IncomingMessage) => (request.url ?? '').startsWith('/health'),
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
