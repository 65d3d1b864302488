import { type FastifyInstance } from 'fastify';
import { MalformedJsonError } from './malformed-json.error';

/**
 * Fastify's own JSON parser (with its prototype-poisoning guards), with its failures turned into
 * MalformedJsonError. Nest would otherwise turn them into a bare 400 and lose the reason.
 */
export function registerJsonBodyParser(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    (request, body: string, done) => {
      if (body.length === 0) {
        done(new MalformedJsonError('empty'), undefined);
        return;
      }
      void parseJson(request, body, (error, parsed) => {
        if (error) done(new MalformedJsonError('invalid'), undefined);
        else done(null, parsed);
      });
    },
  );
}
