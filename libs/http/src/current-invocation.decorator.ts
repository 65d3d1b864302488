import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type AuthenticatedRequest } from '@infuse/auth';
import { type Invocation } from '@infuse/messaging';

/**
 * How an HTTP request invokes a use case: the verified caller as the actor, with the request id
 * for the audit log, and no transaction of its own (the use case opens one).
 */
export const CurrentInvocation = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Invocation => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { id?: string }>();
    if (!request.principal) throw new Error('CurrentInvocation used on a public route');
    const { subject, role } = request.principal;
    return { actor: { subject, role }, requestId: request.id ?? null };
  },
);
