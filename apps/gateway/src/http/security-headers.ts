import { type FastifyInstance } from 'fastify';

/**
 * The console loads only its own scripts and may not be framed. Styles may also be inline:
 * Mantine writes its theme's CSS variables in a <style> element at run time. Images may be data:
 * or blob: URLs (Vite inlines small assets; an upload is previewed before it is sent).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Sets the browser's protections on every answer, the services' answers included. */
export function registerSecurityHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (_request, reply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    // For browsers that predate frame-ancestors.
    reply.header('x-frame-options', 'DENY');
  });
}
