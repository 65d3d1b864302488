import {
  applyDecorators,
  type ArgumentsHost,
  Catch,
  createParamDecorator,
  type ExceptionFilter,
  type ExecutionContext,
  HttpStatus,
  UseFilters,
} from '@nestjs/common';
import { ApiHeader, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { type AuthenticatedRequest } from '@infuse/auth';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { problemType } from '../problems/problem-document';
import { sendProblem } from '../problems/problem-response';
import { IdempotencyKeyReusedError } from './idempotency-key-reused.error';
import { idempotencyKeyOf } from './idempotency-key';
import { type IdempotentRequest } from './idempotency.store';
import { requestHash } from './request-hash';

@Catch(IdempotencyKeyReusedError)
class IdempotencyKeyReusedFilter implements ExceptionFilter<IdempotencyKeyReusedError> {
  async catch(error: IdempotencyKeyReusedError, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    await sendProblem(http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), {
      type: problemType('idempotency-key-reused'),
      title: 'Idempotency key reused',
      status: HttpStatus.UNPROCESSABLE_ENTITY,
      detail: error.message,
      code: error.code,
    });
  }
}

/**
 * A route that honours `Idempotency-Key`: documents the header, and answers a key reused with
 * another body 422. The handler takes the request with `@IdempotencyKey()`.
 */
export function Idempotent(): MethodDecorator {
  return applyDecorators(
    UseFilters(IdempotencyKeyReusedFilter),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Retrying with the same key and body returns the first response',
    }),
    ApiUnprocessableEntityResponse({
      description: 'The Idempotency-Key was used with a different body',
    }),
  );
}

/**
 * The request's `Idempotency-Key`, scoped to its caller and with a hash of the body as sent;
 * undefined without the header, a 400 naming the header when it is malformed.
 */
export const IdempotencyKey = createParamDecorator(
  (_data: unknown, context: ExecutionContext): IdempotentRequest | undefined => {
    const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest>();
    const key = idempotencyKeyOf(request.headers['idempotency-key']);
    if (key === undefined) return undefined;
    if (!request.principal) throw new Error('IdempotencyKey used on a public route');
    return { subject: request.principal.subject, key, requestHash: requestHash(request.body) };
  },
);
