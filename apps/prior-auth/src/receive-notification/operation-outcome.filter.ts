import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import { type OperationOutcome } from 'fhir/r4';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { FHIR_JSON } from '../submission/payer-call-kinds';

// FHIR issue types (http://hl7.org/fhir/issue-type) for the statuses a payer can get here.
const ISSUE_CODE: Record<number, OperationOutcome['issue'][number]['code']> = {
  400: 'invalid',
  401: 'login',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'too-long',
  415: 'not-supported',
  422: 'processing',
};

/**
 * Errors on the FHIR endpoint a payer calls come back as FHIR: an OperationOutcome, as FHIR
 * servers answer, not the problem documents of Infuse's own API. Nothing of an unexpected error
 * reaches the payer but its status.
 */
@Catch()
export class OperationOutcomeFilter implements ExceptionFilter {
  private readonly logger = new Logger('FhirNotifications');

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const status = statusOf(error);
    if (status >= 500)
      this.logger.error(
        { requestId: request.id, error: error instanceof Error ? error.name : typeof error },
        'notification failed',
      );
    if (status === 401) reply.header('WWW-Authenticate', 'Bearer');
    const outcome: OperationOutcome = {
      resourceType: 'OperationOutcome',
      issue: [
        {
          severity: 'error',
          code: ISSUE_CODE[status] ?? 'exception',
          diagnostics:
            status >= 500
              ? `An unexpected error occurred (request ${request.id}).`
              : detailOf(error),
        },
      ],
    };
    await reply.status(status).type(FHIR_JSON).send(outcome);
  }
}

function statusOf(error: unknown): number {
  if (error instanceof HttpException) return error.getStatus();
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500 ? statusCode : 500;
}

function detailOf(error: unknown): string {
  if (error instanceof HttpException) {
    const response = error.getResponse();
    if (typeof response === 'string') return response;
    const detail =
      (response as { detail?: unknown; message?: unknown }).detail ??
      (response as { message?: unknown }).message;
    if (typeof detail === 'string') return detail;
  }
  return error instanceof Error ? error.message : 'The request was refused.';
}
