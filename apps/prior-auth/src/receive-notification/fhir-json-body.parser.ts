import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type FastifyInstance } from 'fastify';
import { FHIR_JSON } from '../submission/payer-call-kinds';
import { withoutNul } from '../submission/storable-json';

/**
 * A FHIR body that is not JSON. The parser hands it to the route rather than failing the request
 * itself, so the route answers in FHIR (an OperationOutcome), as payers expect.
 */
export class MalformedFhirJson {
  constructor(readonly reason: string) {}
}

/**
 * Payers post FHIR as `application/fhir+json`. It is parsed as the API's JSON is, with Fastify's
 * own parser and its prototype-poisoning guards, without the NUL characters PostgreSQL cannot store.
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
        if (body.length === 0) return done(null, new MalformedFhirJson('The body is empty.'));
        void parseJson(request, withoutNul(body), (error, parsed) => {
          done(null, error ? new MalformedFhirJson('The body is not valid JSON.') : parsed);
        });
      },
    );
  }
}
