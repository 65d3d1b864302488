import { type FastifyReply, type FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, type ProblemDocument } from './problem-document';

/** Sends a problem document, adding what every one carries: the request id and the path. */
export async function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: ProblemDocument,
): Promise<void> {
  if (problem.status === 401) reply.header('WWW-Authenticate', 'Bearer');
  await reply
    .status(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    // The path only: a query string may carry patient search terms.
    .send({ ...problem, instance: request.url.split('?')[0], requestId: request.id });
}
