import { signDevelopmentToken } from '@infuse/auth';
import { type AuthConfig } from '@infuse/config';
import { type FastifyInstance, type FastifyReply } from 'fastify';
import { decodeJwt } from 'jose';
import { z } from 'zod';
import { sendProblem } from '../problems/problem';
import { setSessionCookie } from '../sessions/session-cookie';
import { type SessionStore } from '../sessions/session-store';
import { type SignedInUser } from '../sessions/signed-in-user';

const signInRequest = z.object({ subject: z.string().min(1) });

export interface DevelopmentSignIn {
  /** Absent outside development and test: both routes answer 404 there. */
  auth: AuthConfig | undefined;
  users: readonly SignedInUser[];
  store: SessionStore;
  secureCookies: boolean;
}

/**
 * Development and test only: the console lists the development users and signs in as one of
 * them, with a token signed exactly as `npm run token` signs it, so the services accept it.
 */
export function registerDevelopmentSignIn(
  fastify: FastifyInstance,
  { auth, users, store, secureCookies }: DevelopmentSignIn,
): void {
  const unavailable = (reply: FastifyReply) =>
    sendProblem(reply, 404, {
      type: 'sign-in-unavailable',
      detail: 'Development sign-in exists in development and test only.',
    });

  fastify.get('/auth/development-users', async (_request, reply) =>
    auth ? reply.send(users) : unavailable(reply),
  );

  fastify.post('/auth/development-sign-in', async (request, reply) => {
    if (!auth) return unavailable(reply);
    const body = signInRequest.safeParse(request.body ?? {});
    const user = body.success
      ? users.find((candidate) => candidate.subject === body.data.subject)
      : undefined;
    if (!user) {
      return sendProblem(reply, 400, {
        type: 'validation',
        detail: 'One or more fields are invalid; see errors.',
        errors: [
          {
            pointer: '#/subject',
            detail: body.success
              ? 'is not a development user (GET /auth/development-users lists them)'
              : 'is required: the subject of a development user',
          },
        ],
      });
    }
    const token = await signDevelopmentToken(
      {
        role: user.role,
        subject: user.subject,
        ...(user.payerId ? { payerId: user.payerId } : {}),
      },
      auth,
    );
    const expiresAt = new Date((decodeJwt(token).exp ?? 0) * 1000);
    const secret = await store.open(
      { user, tokens: { accessToken: token }, tokenExpiresAt: expiresAt, expiresAt },
      new Date(),
    );
    setSessionCookie(reply, secret, expiresAt, secureCookies);
    request.log.info({ subject: user.subject, role: user.role }, 'signed in (development user)');
    return reply.code(204).send();
  });
}
