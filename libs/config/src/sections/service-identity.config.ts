import { z } from 'zod';
import { defineConfigSection, type SectionValue } from '../config-section';

/**
 * How a service proves who it is when it calls another Infuse service. Development and test sign
 * their own token with the development secret; production asks the identity provider for one
 * with the OAuth 2.0 client-credentials grant, so these settings are required there.
 */
export const serviceIdentityConfig = defineConfigSection(
  'serviceIdentity',
  z
    .object({
      // Read here as in the auth section: a deployment that forgets NODE_ENV is production.
      NODE_ENV: z.enum(['development', 'test', 'production']).default('production'),
      AUTH_TOKEN_URL: z.url({ protocol: /^https?$/ }).optional(),
      AUTH_CLIENT_ID: z.string().min(1).optional(),
      AUTH_CLIENT_SECRET: z.string().min(1).optional(),
      // Not every identity provider takes a scope (some use the audience alone), so it stays optional.
      AUTH_CLIENT_SCOPE: z.string().min(1).optional(),
      /** A token is renewed this long before it expires, so a call never carries a stale one. */
      AUTH_TOKEN_REFRESH_MARGIN_S: z.coerce.number().int().min(0).max(3600).default(60),
      AUTH_TOKEN_TIMEOUT_MS: z.coerce.number().int().positive().max(60_000).default(5000),
    })
    .superRefine((value, context) => {
      if (value.NODE_ENV !== 'production') return;
      for (const variable of ['AUTH_TOKEN_URL', 'AUTH_CLIENT_ID', 'AUTH_CLIENT_SECRET'] as const) {
        if (!value[variable]) {
          context.addIssue({
            code: 'custom',
            path: [variable],
            message: 'is required in production',
          });
        }
      }
    }),
  { secrets: ['AUTH_CLIENT_SECRET'] },
);

export type ServiceIdentityConfig = SectionValue<typeof serviceIdentityConfig>;
