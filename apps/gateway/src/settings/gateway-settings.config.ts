import { resolve } from 'node:path';
import { defineConfigSection, type SectionValue } from '@infuse/config';
import { z } from 'zod';
import { UPSTREAM_SERVICES } from './upstream-services';

const httpUrl = z.url({ protocol: /^https?$/ });

/** The services' addresses, each under the variable the other apps already use for it. */
const upstreamUrls = Object.fromEntries(
  UPSTREAM_SERVICES.map(({ variable, defaultUrl }) => [variable, httpUrl.default(defaultUrl)]),
) as Record<(typeof UPSTREAM_SERVICES)[number]['variable'], z.ZodDefault<typeof httpUrl>>;

/** The gateway's own settings, validated at boot with every other section. */
export const gatewaySettingsConfig = defineConfigSection(
  'gateway',
  z
    .object({
      // Read here as in the auth section: a deployment that forgets NODE_ENV is production.
      NODE_ENV: z.enum(['development', 'test', 'production']).default('production'),
      /**
       * The address people type in their browser. Unsafe requests must come from its origin, and
       * the session cookie is Secure when it is https.
       */
      GATEWAY_PUBLIC_URL: httpUrl.default('http://127.0.0.1:3000'),
      /** The console's static build (Vite), relative to the working directory or absolute. */
      CONSOLE_DIST: z.string().min(1).default('dist/apps/console'),
      /** A service that has not answered within this long is answered 504 for it. */
      GATEWAY_UPSTREAM_TIMEOUT_MS: z.coerce.number().int().positive().max(600_000).default(30_000),
      ...upstreamUrls,
    })
    .transform(({ NODE_ENV, GATEWAY_PUBLIC_URL, CONSOLE_DIST, ...rest }) => ({
      ...rest,
      developmentSignIn: NODE_ENV === 'development' || NODE_ENV === 'test',
      publicOrigin: new URL(GATEWAY_PUBLIC_URL).origin,
      secureCookies: new URL(GATEWAY_PUBLIC_URL).protocol === 'https:',
      consoleDirectory: resolve(CONSOLE_DIST),
    })),
);

export type GatewaySettings = SectionValue<typeof gatewaySettingsConfig>;
