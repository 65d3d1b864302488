import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { problemForError } from './problem-for-error';
import { sendProblem } from './problem-response';

/** Turns every error thrown by a route, guard or pipe into an RFC 9457 problem response. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  // HTTP only: event consumers have enhancers of their own (EventErrorPassthrough in
  // libs/messaging), not the API's.
  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const problem = problemForError(error);
    if (problem.status >= 500) logUnexpected(this.logger, error, request.id);
    await sendProblem(request, http.getResponse<FastifyReply>(), problem);
  }
}

/**
 * Logs the error's class, code and stack frames, but not its message: database errors quote
 * the offending values (`Key (mrn)=(...) already exists`), which may be patient data.
 */
export function logUnexpected(logger: Logger, error: unknown, requestId: string): void {
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown } | null)?.code;
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').slice(1).join('\n') : '';
  logger.error(
    { requestId, error: name, code: typeof code === 'string' ? code : undefined },
    frames,
  );
}
