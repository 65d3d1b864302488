import { type ExecutionContext } from '@nestjs/common';
import { isUuid } from '@infuse/contracts';
import { type FastifyRequest } from 'fastify';
import { type AuthenticatedRequest } from './route-access.decorators';

export type InfuseRequest = FastifyRequest & AuthenticatedRequest;

export function httpRequestOf(context: ExecutionContext): InfuseRequest {
  return context.switchToHttp().getRequest<InfuseRequest>();
}

export function routeParam(request: InfuseRequest, name: string): string | undefined {
  const params = request.params as Record<string, string | undefined> | undefined;
  return params?.[name];
}

/**
 * The id of the resource a route names, for the audit log: only an id of the form resources
 * have, so anything a caller types into the path is never stored as if it named something.
 */
export function auditedResourceId(
  request: InfuseRequest,
  idParam: string | undefined,
): string | null {
  const value = idParam ? routeParam(request, idParam) : undefined;
  return value !== undefined && isUuid(value) ? value.toLowerCase() : null;
}
