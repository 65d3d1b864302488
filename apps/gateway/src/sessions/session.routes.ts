import { type FastifyInstance } from 'fastify';
import { sendProblem } from '../problems/problem';
import { type ActiveSessions } from './active-sessions';
import { clearSessionCookie, sessionSecretOf } from './session-cookie';

/** Who is signed in, and signing out: the console's view of its session, without any token. */
export function registerSessionRoutes(
  fastify: FastifyInstance,
  sessions: ActiveSessions,
  secureCookies: boolean,
): void {
  fastify.get('/auth/session', async (request, reply) => {
    const session = await sessions.of(request);
    if (!session) {
      return sendProblem(reply, 401, {
        type: 'session-required',
        detail: 'No one is signed in on this browser, or the session has ended.',
      });
    }
    void reply.header('cache-control', 'no-store');
    return session.user;
  });

  fastify.post('/auth/sign-out', async (request, reply) => {
    const secret = sessionSecretOf(request);
    const session = secret ? await sessions.store.find(secret, new Date()) : undefined;
    if (secret) await sessions.store.close(secret);
    clearSessionCookie(reply, secureCookies);
    if (session) {
      request.log.info({ subject: session.user.subject, role: session.user.role }, 'signed out');
    }
    return reply.code(204).send();
  });
}
