import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type FastifyInstance } from 'fastify';
import { FHIR_JSON } from '../submission/payer-call-kinds';

/**
 * Payers post FHIR as `application/fhir+json`. It is parsed as the API's JSON is, with Fastify's
 * own parser and its prototype-poisoning guards; a body that is not JSON is a 400.
 */
@Injectable()
export class FhirJsonBodyParser implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || fastify.hasContentTypeParser(FHIR_JSON)) return;
    const parseJson = fastify.getDefaultJsonParser('error', 'error');
    fastify.addContentTypeParser(
      FHIR_JSON,
      { parseAs: 'string' },
      (request, body: string, done) => {
        if (body.length === 0) return done(clientError('The body is empty.'), undefined);
        void parseJson(request, body, (error, parsed) => {
          if (error) return done(clientError('The body is not valid JSON.'), undefined);
          done(null, parsed);
        });
      },
    );
  }
}

function clientError(message: string): Error {
  return Object.assign(new Error(message), { statusCode: 400 });
}
