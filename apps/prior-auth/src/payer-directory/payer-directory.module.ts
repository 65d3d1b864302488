import { type DynamicModule, Module } from '@nestjs/common';
import { type AuthConfig, authConfig } from '@infuse/config';
import { priorAuthSettingsConfig, type PriorAuthSettings } from '../prior-auth-settings.config';
import { loadPayerDirectory } from './load-payer-directory';
import { PayerDirectory } from './payer-directory';

/**
 * The payer directory, loaded and validated at boot from the file the settings name, its
 * placeholders read from the app's environment. Global, so the outbound-call targets (built in
 * their own module) resolve payers from it too.
 */
@Module({})
export class PayerDirectoryModule {
  static register(env: Record<string, string | undefined>): DynamicModule {
    const directory = {
      provide: PayerDirectory,
      inject: [priorAuthSettingsConfig.token, authConfig.token],
      useFactory: (settings: PriorAuthSettings, auth: AuthConfig) =>
        loadPayerDirectory(settings.PRIOR_AUTH_PAYER_DIRECTORY, env, auth.NODE_ENV),
    };
    return {
      module: PayerDirectoryModule,
      global: true,
      providers: [directory],
      exports: [directory],
    };
  }
}
