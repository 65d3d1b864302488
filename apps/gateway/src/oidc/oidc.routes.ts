import { timingSafeEqual } from 'node:crypto';
import { type FastifyInstance, type FastifyReply } from 'fastify';
import { z } from 'zod';
import { sendProblem } from '../problems/problem';
import { setSessionCookie } from '../sessions/session-cookie';
import { isWellFormedSecret } from '../sessions/session-secret';
import { type SessionStore } from '../sessions/session-store';
import { type OidcSettings } from '../settings/oidc-settings.config';
import { type OpenIdProvider, ProviderError } from './openid-provider';
import { type SignInAttempts } from './sign-in-attempts';
import { accessTokenExpiry } from './token-lifetime';
import { userFromClaims } from './user-from-claims';

/**
 * Ties the provider's answer to the browser that asked: SameSite=Lax, since the provider's
 * redirect back is a navigation from another site, which a Strict cookie would not join.
 */
const SIGN_IN_COOKIE = 'infuse_sign_in';
const CALLBACK_PATH = '/auth/callback';

const callbackQuery = z.union([
  z.object({ code: z.string().min(1), state: z.string().min(1) }),
  z.object({ error: z.string().min(1) }),
]);

export interface OidcSignIn {
  settings: OidcSettings;
  provider: OpenIdProvider | undefined;
  attempts: SignInAttempts;
  store: SessionStore;
  secureCookies: boolean;
}

/**
 * Production sign-in: OpenID Connect's authorization code flow with PKCE (S256), state and
 * nonce. The tokens stay in the gateway's session; the browser leaves with a cookie only.
 */
export function registerOidcSignIn(
  fastify: FastifyInstance,
  { settings, provider, attempts, store, secureCookies }: OidcSignIn,
): void {
  fastify.get('/auth/sign-in', async (_request, reply) => {
    if (!settings.enabled || !provider) {
      return sendProblem(reply, 404, {
        type: 'sign-in-unavailable',
        detail: 'No identity provider is configured (OIDC_ISSUER, OIDC_CLIENT_ID).',
      });
    }
    const attempt = await attempts.begin(new Date());
    let destination: URL;
    try {
      destination = await provider.authorizationUrl(attempt);
    } catch (error) {
      return failedSignIn(reply, error);
    }
    reply.setCookie(SIGN_IN_COOKIE, attempt.state, {
      httpOnly: true,
      sameSite: 'lax',
      path: CALLBACK_PATH,
      secure: secureCookies,
      expires: attempt.expiresAt,
    });
    return reply.redirect(destination.href, 302);
  });

  fastify.get(CALLBACK_PATH, async (request, reply) => {
    if (!settings.enabled || !provider) return reply.callNotFound();
    reply.clearCookie(SIGN_IN_COOKIE, { path: CALLBACK_PATH });
    const query = callbackQuery.safeParse(request.query);
    if (!query.success) {
      return sendProblem(reply, 400, {
        type: 'sign-in-failed',
        detail: 'The identity provider sent back neither a code and state nor an error.',
      });
    }
    if ('error' in query.data) {
      return sendProblem(reply, 400, {
        type: 'sign-in-failed',
        detail: `The identity provider did not sign you in (${query.data.error}). Try again.`,
      });
    }
    const { code, state } = query.data;
    const now = new Date();
    const attempt = sameSecret(request.cookies[SIGN_IN_COOKIE], state)
      ? await attempts.take(state, now)
      : undefined;
    if (!attempt) {
      return sendProblem(reply, 400, {
        type: 'sign-in-failed',
        detail:
          'This sign-in was not started in this browser, was already used, or took too long. Sign in again.',
      });
    }
    try {
      const tokens = await provider.exchangeCode(code, attempt.codeVerifier);
      if (!tokens.id_token) throw new ProviderError('refused', 'the provider sent no ID token');
      const claims = await provider.verifyIdToken(tokens.id_token, attempt.nonce);
      const verdict = userFromClaims(claims, settings);
      if ('refusal' in verdict) {
        request.log.warn({ reason: verdict.refusal }, 'sign-in refused');
        return sendProblem(reply, 403, {
          type: 'sign-in-refused',
          detail: `You are signed in at the identity provider, but not for the console: ${verdict.refusal}.`,
        });
      }
      const tokenExpiresAt = accessTokenExpiry(tokens, claims, now);
      // A token that can be renewed keeps the session for its maximum length; one that
      // cannot ends the session when it expires.
      const expiresAt = tokens.refresh_token
        ? new Date(now.getTime() + settings.OIDC_SESSION_MAX_HOURS * 3600 * 1000)
        : tokenExpiresAt;
      const secret = await store.open(
        {
          user: verdict.user,
          tokens: {
            accessToken: tokens.access_token,
            ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
          },
          tokenExpiresAt,
          expiresAt,
        },
        now,
      );
      setSessionCookie(reply, secret, expiresAt, secureCookies);
      request.log.info(
        { subject: verdict.user.subject, role: verdict.user.role },
        'signed in (identity provider)',
      );
      return reply.redirect('/', 302);
    } catch (error) {
      return failedSignIn(reply, error);
    }
  });
}

function sameSecret(cookie: string | undefined, state: string): boolean {
  if (!isWellFormedSecret(cookie) || !isWellFormedSecret(state)) return false;
  return timingSafeEqual(Buffer.from(cookie), Buffer.from(state));
}

function failedSignIn(reply: FastifyReply, error: unknown): FastifyReply {
  if (!(error instanceof ProviderError)) throw error;
  reply.request.log.warn({ reason: error.message }, 'sign-in failed');
  return sendProblem(reply, error.kind === 'refused' ? 400 : 502, {
    type: 'sign-in-failed',
    detail:
      error.kind === 'refused'
        ? `The identity provider did not confirm the sign-in: ${error.message}. Sign in again.`
        : `The identity provider cannot be reached: ${error.message}. Try again in a moment.`,
  });
}
