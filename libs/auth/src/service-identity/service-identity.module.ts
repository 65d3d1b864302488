import { type DynamicModule, Module } from '@nestjs/common';
import {
  authConfig,
  type AuthConfig,
  serviceIdentityConfig,
  type ServiceIdentityConfig,
} from '@infuse/config';
import { type ServiceName } from '@infuse/contracts';
import { serviceTokenSource } from './service-token-source';

/** Nest injection token of the service's own TokenSource: `@Inject(SERVICE_TOKEN_SOURCE)`. */
export const SERVICE_TOKEN_SOURCE = Symbol('service-token-source');

/** The service's identity for calls to other Infuse services. Needs the serviceIdentity section. */
@Module({})
export class ServiceIdentityModule {
  static forService(service: ServiceName): DynamicModule {
    const tokenSource = {
      provide: SERVICE_TOKEN_SOURCE,
      inject: [authConfig.token, serviceIdentityConfig.token],
      useFactory: (auth: AuthConfig, identity: ServiceIdentityConfig) =>
        serviceTokenSource(service, auth, identity),
    };
    return {
      module: ServiceIdentityModule,
      global: true,
      providers: [tokenSource],
      exports: [tokenSource],
    };
  }
}
