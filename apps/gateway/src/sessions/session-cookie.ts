import { type FastifyReply, type FastifyRequest } from 'fastify';
import { isWellFormedSecret } from './session-secret';

export const SESSION_COOKIE = 'infuse_session';

/**
 * The session cookie: out of page scripts' reach (httpOnly), never sent on a request another
 * site starts (SameSite=Strict), for the whole origin, Secure when the console is served over
 * https, and gone when the session's token expires.
 */
export function setSessionCookie(
  reply: FastifyReply,
  secret: string,
  expiresAt: Date,
  secure: boolean,
): void {
  reply.setCookie(SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', path: '/', secure });
}

/** The secret the browser presented, when it looks like one of ours. */
export function sessionSecretOf(request: FastifyRequest): string | undefined {
  const value = request.cookies[SESSION_COOKIE];
  return isWellFormedSecret(value) ? value : undefined;
}
