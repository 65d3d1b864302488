import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { operationOutcomeOf, type OutcomeIssue, type OutcomeIssueCode } from '@infuse/pas';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { FHIR_JSON, FhirRequestError, InjectedFault } from './fhir-request.error';

/**
 * The FHIR routes answer every error as an OperationOutcome [PAS-SPEC], not as the problem
 * document of the /v1 routes: refusals of the token (401, 403) included, since the guard's
 * exceptions reach the filters of the route it guards.
 */
@Catch()
export class FhirExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Fhir');

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { status, issues } = outcomeFor(error);
    if (status >= 500 && !(error instanceof InjectedFault)) this.logUnexpected(error, request.id);
    if (status === 401) reply.header('WWW-Authenticate', 'Bearer');
    await reply
      .status(status)
      .header('content-type', `${FHIR_JSON}; charset=utf-8`)
      .send(operationOutcomeOf(issues));
  }

  // The class and code only: a database error's message may quote patient data.
  private logUnexpected(error: unknown, requestId: string): void {
    const name = error instanceof Error ? error.name : typeof error;
    const code = (error as { code?: unknown } | null)?.code;
    this.logger.error({
      requestId,
      error: name,
      code: typeof code === 'string' ? code : undefined,
    });
  }
}

const CODE_OF_STATUS: Readonly<Record<number, OutcomeIssueCode>> = {
  401: 'login',
  403: 'forbidden',
  404: 'not-found',
  413: 'too-long',
  415: 'not-supported',
};

export function outcomeFor(error: unknown): { status: number; issues: readonly OutcomeIssue[] } {
  if (error instanceof FhirRequestError) return { status: error.status, issues: error.issues };
  if (error instanceof InjectedFault)
    return {
      status: error.status,
      issues: [
        {
          severity: 'error',
          code: 'transient',
          diagnostics: 'the payer is unavailable (an injected fault); try again later',
        },
      ],
    };
  if (error instanceof HttpException && error.getStatus() < 500) {
    const status = error.getStatus();
    return {
      status,
      issues: [
        {
          severity: 'error',
          code: CODE_OF_STATUS[status] ?? 'invalid',
          diagnostics: error.message,
        },
      ],
    };
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code))
    // PostgreSQL's "data exception": a value the request carried that cannot be stored.
    return {
      status: HttpStatus.BAD_REQUEST,
      issues: [
        {
          severity: 'error',
          code: 'value',
          diagnostics: 'a value in the request cannot be stored',
        },
      ],
    };
  return {
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    issues: [
      {
        severity: 'fatal',
        code: 'exception',
        diagnostics:
          'an unexpected error occurred; quote the x-request-id header when reporting it',
      },
    ],
  };
}
