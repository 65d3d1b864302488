import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type OutcomeIssue } from '@infuse/pas';
import { type FastifyInstance } from 'fastify';
import { FHIR_JSON } from './fhir-request.error';
import { unstorableTextIssues } from './unstorable-text';

/** A FHIR body the sandbox could not read: why, as the status and issues to answer with. */
export class UnreadableFhirBody {
  constructor(
    readonly status: 400 | 415,
    readonly issues: readonly OutcomeIssue[],
  ) {}
}

const FHIR_ROUTES = /^\/fhir(\/|\?|$)/;
const JSON_MEDIA = /^application\/(fhir\+)?json\s*(;|$)/i;
const UNSUPPORTED_MEDIA = 'application/x-infuse-unsupported-fhir-body';

/**
 * FHIR bodies for the /fhir routes. FHIR R4 takes application/json as application/fhir+json, so
 * both are read by one parser here; a body that cannot be read becomes an UnreadableFhirBody the
 * route turns into an OperationOutcome (the app-wide JSON parser would answer a problem document
 * before any FHIR route could speak).
 */
@Injectable()
export class FhirBodyParser implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onRequest', (request, _reply, done) => {
      const type = request.headers['content-type'];
      if (type !== undefined && FHIR_ROUTES.test(request.url))
        request.headers['content-type'] = JSON_MEDIA.test(type) ? FHIR_JSON : UNSUPPORTED_MEDIA;
      done();
    });
    // Fastify's own parser keeps its prototype-poisoning guards.
    const parseJson = fastify.getDefaultJsonParser('error', 'error');
    fastify.addContentTypeParser(
      FHIR_JSON,
      { parseAs: 'string' },
      (request, body: string, done) => {
        if (body.length === 0)
          return done(null, unreadable(400, 'the body is empty: send a FHIR resource'));
        void parseJson(request, body, (error, parsed: unknown) => {
          if (error) return done(null, unreadable(400, 'the body is not valid JSON'));
          const issues = unstorableTextIssues(parsed, rootOf(parsed));
          done(null, issues.length > 0 ? new UnreadableFhirBody(400, issues) : parsed);
        });
      },
    );
    fastify.addContentTypeParser(
      UNSUPPORTED_MEDIA,
      { parseAs: 'buffer' },
      (_request, _body, done) =>
        done(null, unreadable(415, `send FHIR resources as ${FHIR_JSON} (or application/json)`)),
    );
  }
}

function unreadable(status: 400 | 415, diagnostics: string): UnreadableFhirBody {
  return new UnreadableFhirBody(status, [
    { severity: 'error', code: status === 415 ? 'not-supported' : 'structure', diagnostics },
  ]);
}

function rootOf(parsed: unknown): string {
  const type = (parsed as { resourceType?: unknown } | null)?.resourceType;
  return typeof type === 'string' && /^[A-Z][A-Za-z]{1,63}$/.test(type) ? type : 'Bundle';
}
