import { STATUS_CODES } from 'node:http';
import { type FieldProblem, type ProblemDocument } from '@infuse/http';
import {
  type FastifyReply,
  type RawServerBase,
  type RawServerDefault,
  type RouteGenericInterface,
} from 'fastify';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The gateway's own problem types, named like the services' (`urn:infuse:problem:<slug>`). */
export type GatewayProblem =
  | 'validation'
  | 'session-required'
  | 'cross-site-request'
  | 'unknown-service'
  | 'service-unreachable'
  | 'service-timeout'
  | 'sign-in-unavailable'
  | 'sign-in-failed'
  | 'sign-in-refused';

export interface ProblemOptions {
  /** A problem type of the gateway's own; a plain HTTP status otherwise (`about:blank`). */
  type?: GatewayProblem;
  detail: string;
  errors?: FieldProblem[];
}

/** Answers with an RFC 9457 problem document, as the services do, with the request id. */
export function sendProblem<Server extends RawServerBase = RawServerDefault>(
  reply: FastifyReply<RouteGenericInterface, Server>,
  status: number,
  { type, detail, errors }: ProblemOptions,
): FastifyReply<RouteGenericInterface, Server> {
  const problem: ProblemDocument = {
    type: type ? `urn:infuse:problem:${type}` : 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    requestId: reply.request.id,
    ...(errors ? { errors } : {}),
  };
  return reply.code(status).type(PROBLEM_CONTENT_TYPE).send(problem);
}
