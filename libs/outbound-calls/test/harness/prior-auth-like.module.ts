import { type DynamicModule, Module } from '@nestjs/common';
import { SERVICE_TOKEN_SOURCE, ServiceIdentityModule, type TokenSource } from '@infuse/auth';
import { authConfig, ConfigModule, databaseConfig, serviceIdentityConfig } from '@infuse/config';
import { DatabaseModule } from '@infuse/database';
import { MetricsRegistryModule } from '@infuse/observability';
import { TEST_AUTH, TEST_DATABASE_URL } from '@infuse/testing';
import { callTargets } from '../../src/http/call-target';
import { OutboundCallsModule } from '../../src/nest/outbound-calls.module';
import { outboundCallsConfig } from '../../src/outbound-calls.config';
import { HARNESS_MIGRATIONS } from './harness-database';
import { RecordingHandler } from './recording-handler';

/**
 * A service composed as prior-auth will be: its own schema, its service identity, the payer as
 * a target that wants its token, and the handler of its call kind among its providers.
 */
@Module({})
export class PriorAuthLikeModule {
  static register(schema: string, payerUrl: string): DynamicModule {
    const env = {
      NODE_ENV: 'test',
      DATABASE_URL: TEST_DATABASE_URL,
      DATABASE_SCHEMA: schema,
      DATABASE_POOL_SIZE: '4',
      AUTH_JWT_SECRET: TEST_AUTH.AUTH_JWT_SECRET,
      OUTBOUND_CALL_POLL_INTERVAL_MS: '200',
    };
    return {
      module: PriorAuthLikeModule,
      imports: [
        ConfigModule.forRoot(
          [databaseConfig, authConfig, serviceIdentityConfig, outboundCallsConfig],
          env,
        ),
        MetricsRegistryModule,
        DatabaseModule.forService({
          defaultSchema: schema,
          entities: [],
          migrations: HARNESS_MIGRATIONS,
        }),
        ServiceIdentityModule.forService('prior-auth'),
        OutboundCallsModule.forService({
          targets: {
            inject: [SERVICE_TOKEN_SOURCE],
            useFactory: (tokens: TokenSource) =>
              callTargets({ payer: { baseUrl: payerUrl, tokenSource: tokens } }),
          },
        }),
      ],
      providers: [RecordingHandler],
    };
  }
}
