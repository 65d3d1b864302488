import { type FastifyInstance } from 'fastify';
import { sendProblem } from '../problems/problem';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Defence in depth against cross-site request forgery, beside the SameSite=Strict cookie: a
 * request that changes something must come from the console's own origin. Browsers say so in
 * Sec-Fetch-Site, and in Origin, which is compared with the gateway's public address. A
 * request with neither (a script, not a browser) must name the origin itself.
 */
export function registerSameOriginGuard(fastify: FastifyInstance, publicOrigin: string): void {
  fastify.addHook('onRequest', async (request, reply) => {
    if (!UNSAFE_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    const site = request.headers['sec-fetch-site'];
    if (site === 'same-origin' || origin === publicOrigin) return;
    return sendProblem(reply, 403, {
      type: 'cross-site-request',
      detail: `A request that changes something must come from ${publicOrigin} (its Origin header, or Sec-Fetch-Site: same-origin).`,
    });
  });
}
