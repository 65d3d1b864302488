import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { type ServiceName } from '@infuse/contracts';
import { type Principal } from './principal';
import { type Role } from './roles';

export const PUBLIC_ROUTE = 'infuse:public-route';
export const ROUTE_ROLES = 'infuse:route-roles';
export const ROUTE_SERVICES = 'infuse:route-services';

/** The route needs no token (health checks only). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The roles admitted to a route or controller. A route without roles admits nobody. */
export const Roles = (...roles: Role[]) => SetMetadata(ROUTE_ROLES, roles);

/**
 * The services that may call a route with their service identity (role `service`), e.g.
 * `@CallableBy('prior-auth')`. A route admitting the service role without naming any admits none.
 */
export const CallableBy = (...services: ServiceName[]) => SetMetadata(ROUTE_SERVICES, services);

export interface AuthenticatedRequest {
  principal?: Principal;
  /** Set by a handler whose response does not name the patient it read (e.g. a file). */
  auditPatientId?: string;
}

/** The verified caller of the current request. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => {
    const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    if (!principal) throw new Error('CurrentPrincipal used on a public route');
    return principal;
  },
);
