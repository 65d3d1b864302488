import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { cacheControlFor, isClientRoute, REVALIDATE } from './cache-policy';
import { consoleNotBuiltPage } from './console-not-built';

/**
 * The console's static build at the root of the origin. A file of the build is served as is;
 * any other path the console's router owns gets index.html, so a reload or a bookmark of
 * `/referrals/r-1` opens that screen.
 */
export async function registerConsoleFiles(
  fastify: FastifyInstance,
  consoleDirectory: string,
): Promise<void> {
  if (!existsSync(join(consoleDirectory, 'index.html'))) {
    fastify.log.warn(
      { consoleDirectory },
      'the console is not built: its pages answer 503 until it is (see CONSOLE_DIST)',
    );
  }
  await fastify.register(fastifyStatic, {
    root: consoleDirectory,
    prefix: '/',
    wildcard: true,
    // '/' opens the console's start page.
    index: 'index.html',
    dotfiles: 'ignore',
    cacheControl: false,
    suppressWarning: true,
    setHeaders: (reply, filePath) => {
      void reply.header('cache-control', cacheControlFor(consoleDirectory, filePath));
    },
  });
}

/**
 * The not-found fallback for the console: index.html for a client route, or the page saying
 * the console is not built. Answers false when the path is not the console's to answer.
 */
export function answerClientRoute(
  request: FastifyRequest,
  reply: FastifyReply,
  consoleDirectory: string,
): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (!isClientRoute(request.url.split('?', 1)[0] ?? '/')) return false;
  if (!existsSync(join(consoleDirectory, 'index.html'))) {
    void reply
      .code(503)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(consoleNotBuiltPage(consoleDirectory));
    return true;
  }
  void reply.header('cache-control', REVALIDATE).sendFile('index.html');
  return true;
}
