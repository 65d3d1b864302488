import { z } from 'zod';
import { defineConfigSection, type SectionValue } from '../config-section';

/**
 * Development signs tokens with a shared HS256 secret; production verifies RS256 tokens against
 * the identity provider's JWKS. The development secret has a default so `npm start` (which sets
 * NODE_ENV=development) works on a fresh machine; production refuses to start without a JWKS URL.
 */
export const DEVELOPMENT_JWT_SECRET = 'infuse-development-secret-change-me-0123456789';

export const authConfig = defineConfigSection(
  'auth',
  z
    .object({
      // Production unless said otherwise: a deployment that forgets NODE_ENV must not fall back
      // to the development secret anyone can read in this repository.
      NODE_ENV: z.enum(['development', 'test', 'production']).default('production'),
      AUTH_JWT_SECRET: z
        .string()
        .min(32, 'must be at least 32 characters')
        .default(DEVELOPMENT_JWT_SECRET),
      AUTH_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
      AUTH_ISSUER: z.string().min(1).default('infuse-development'),
      AUTH_AUDIENCE: z.string().min(1).default('infuse'),
    })
    .superRefine((value, context) => {
      if (value.NODE_ENV === 'production' && !value.AUTH_JWKS_URL) {
        context.addIssue({
          code: 'custom',
          path: ['AUTH_JWKS_URL'],
          message: 'is required in production',
        });
      }
    }),
  { secrets: ['AUTH_JWT_SECRET'] },
);

export type AuthConfig = SectionValue<typeof authConfig>;
