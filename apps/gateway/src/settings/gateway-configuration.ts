import {
  authConfig,
  type AuthConfig,
  ConfigValidationError,
  databaseConfig,
  type DatabaseConfig,
  type HttpConfig,
  httpConfig,
  loadConfig,
} from '@infuse/config';
import { type GatewaySettings, gatewaySettingsConfig } from './gateway-settings.config';
import { type OidcSettings, oidcSettingsConfig } from './oidc-settings.config';

/** Port 3000: the one address of the console and, under /api, of every service. */
export const gatewayHttpConfig = httpConfig('GATEWAY_PORT', 3000);

export interface GatewayConfiguration {
  http: HttpConfig;
  database: DatabaseConfig;
  gateway: GatewaySettings;
  oidc: OidcSettings;
  /** The development secret the services verify with; only where development sign-in exists. */
  developmentAuth?: AuthConfig;
}

/**
 * Validates every setting the gateway reads and reports every problem at once. The auth section
 * (the HS256 secret) is read only in development and test: production signs nobody in itself.
 */
export function loadGatewayConfiguration(
  env: Record<string, string | undefined>,
): GatewayConfiguration {
  const problems: string[] = [];
  const attempt = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof ConfigValidationError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const base = attempt(() =>
    loadConfig([gatewayHttpConfig, databaseConfig, gatewaySettingsConfig, oidcSettingsConfig], env),
  );
  const developmentSignIn = ['development', 'test'].includes(env['NODE_ENV'] ?? 'production');
  const auth = developmentSignIn ? attempt(() => loadConfig([authConfig], env).auth) : undefined;
  if (!base || problems.length > 0) throw new ConfigValidationError(problems);
  return {
    http: base.http,
    database: base.database,
    gateway: base.gateway,
    oidc: base.oidc,
    ...(auth ? { developmentAuth: auth } : {}),
  };
}
