import { defineConfigSection, type SectionValue } from '@infuse/config';
import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/ });

/**
 * Sign-in with the identity provider (OpenID Connect, authorization code with PKCE). Required in
 * production, where it is the only sign-in; optional in development, where the development users
 * sign in without it.
 */
export const oidcSettingsConfig = defineConfigSection(
  'oidc',
  z
    .object({
      // Read here as in the auth section: a deployment that forgets NODE_ENV is production.
      NODE_ENV: z.enum(['development', 'test', 'production']).default('production'),
      GATEWAY_PUBLIC_URL: httpUrl.default('http://127.0.0.1:3000'),
      /** The issuer; its `/.well-known/openid-configuration` says where everything else is. */
      OIDC_ISSUER: httpUrl.optional(),
      OIDC_CLIENT_ID: z.string().min(1).optional(),
      /** A confidential client's secret; a public client (PKCE alone) has none. */
      OIDC_CLIENT_SECRET: z.string().min(1).optional(),
      /** Registered with the provider; by default the gateway's own /auth/callback. */
      OIDC_REDIRECT_URL: httpUrl.optional(),
      OIDC_SCOPES: z.string().min(1).default('openid profile'),
      /** The ID token's claims that say who signed in, as the provider names them. */
      OIDC_SUBJECT_CLAIM: z.string().min(1).default('sub'),
      OIDC_ROLE_CLAIM: z.string().min(1).default('role'),
      OIDC_PAYER_ID_CLAIM: z.string().min(1).default('payer_id'),
      OIDC_NAME_CLAIM: z.string().min(1).default('name'),
      /** An access token this close to its expiry is renewed with the refresh token first. */
      OIDC_TOKEN_RENEWAL_MARGIN_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
      /**
       * A session that can renew its access token still ends this long after sign-in, so a
       * forgotten browser does not stay signed in for the refresh token's whole life.
       */
      OIDC_SESSION_MAX_HOURS: z.coerce
        .number()
        .positive()
        .max(24 * 30)
        .default(12),
      /** How long the provider may take to answer discovery, the token request or the JWKS. */
      OIDC_TIMEOUT_MS: z.coerce.number().int().positive().max(60_000).default(5000),
    })
    .superRefine((value, context) => {
      if (value.NODE_ENV !== 'production') return;
      for (const variable of ['OIDC_ISSUER', 'OIDC_CLIENT_ID'] as const) {
        if (!value[variable]) {
          context.addIssue({
            code: 'custom',
            path: [variable],
            message: 'is required in production',
          });
        }
      }
    })
    .transform(({ NODE_ENV: _environment, GATEWAY_PUBLIC_URL, ...settings }) =>
      settings.OIDC_ISSUER && settings.OIDC_CLIENT_ID
        ? {
            ...settings,
            OIDC_ISSUER: settings.OIDC_ISSUER,
            OIDC_CLIENT_ID: settings.OIDC_CLIENT_ID,
            OIDC_REDIRECT_URL:
              settings.OIDC_REDIRECT_URL ?? new URL('/auth/callback', GATEWAY_PUBLIC_URL).href,
            enabled: true as const,
          }
        : { enabled: false as const },
    ),
  { secrets: ['OIDC_CLIENT_SECRET'] },
);

export type OidcSettings = SectionValue<typeof oidcSettingsConfig>;
export type EnabledOidcSettings = Extract<OidcSettings, { enabled: true }>;
