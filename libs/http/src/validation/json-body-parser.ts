import { type FastifyInstance } from 'fastify';
import { MalformedJsonError } from './malformed-json.error';
import { RequestValidationError } from './request-validation.error';
import { unstorableParameters, unstorableTextIn } from './storable-text';

/**
 * Fastify's own JSON parser (with its prototype-poisoning guards), with its failures turned into
 * MalformedJsonError. Nest would otherwise turn them into a bare 400 and lose the reason.
 * Text PostgreSQL could not store is refused here too, with a pointer to it.
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
        if (error) return done(new MalformedJsonError('invalid'), undefined);
        const unstorable = unstorableTextIn(parsed);
        if (unstorable.length > 0) return done(new RequestValidationError(unstorable), undefined);
        done(null, parsed);
      });
    },
  );
}

/** Query strings get the same check as bodies, before any route sees them. */
export function registerQueryTextCheck(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', (request, _reply, done) => {
    const unstorable = unstorableParameters(request.query);
    done(unstorable.length > 0 ? new RequestValidationError(unstorable) : undefined);
  });
}
