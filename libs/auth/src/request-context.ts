import { type ExecutionContext } from '@nestjs/common';
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
