import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuditWriter } from './audit/audit-writer';
import { AUDITED_ROUTE, type AuditedRoute } from './audit/audited.decorator';
import { InvalidTokenError } from './jwt/invalid-token.error';
import { JwtVerifier } from './jwt/jwt-verifier';
import { type Principal } from './principal';
import { auditedResourceId, httpRequestOf, type InfuseRequest } from './request-context';
import { type Role } from './roles';
import { PUBLIC_ROUTE, ROUTE_ROLES, ROUTE_SERVICES } from './route-access.decorators';

const ANONYMOUS = { subject: 'anonymous', role: 'none' };

/**
 * Global guard: every HTTP route needs a valid bearer token and one of the roles it declares,
 * unless it is marked @Public(). A route that declares no roles admits nobody, so forgetting
 * @Roles fails closed. Refusals on audited routes are written to the audit log.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: JwtVerifier,
    private readonly auditWriter: AuditWriter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = httpRequestOf(context);
    const audited = this.reflector.get<AuditedRoute | undefined>(
      AUDITED_ROUTE,
      context.getHandler(),
    );
    const principal = await this.authenticate(request, audited);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROUTE_ROLES, targets) ?? [];
    if (!roles.includes(principal.role)) {
      await this.recordRefusal(request, audited, principal);
      throw new ForbiddenException(`This route is not open to the ${principal.role} role.`);
    }
    if (principal.role === 'service') {
      const services = this.reflector.getAllAndOverride<string[] | undefined>(
        ROUTE_SERVICES,
        targets,
      );
      if (!services?.includes(principal.subject)) {
        await this.recordRefusal(request, audited, principal);
        throw new ForbiddenException(`This route is not open to the ${principal.subject} service.`);
      }
    }
    request.principal = principal;
    return true;
  }

  private async authenticate(
    request: InfuseRequest,
    audited: AuditedRoute | undefined,
  ): Promise<Principal> {
    const token = bearerToken(request.headers.authorization);
    try {
      if (!token) throw new InvalidTokenError('no bearer token');
      return await this.verifier.verify(token);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      await this.recordRefusal(request, audited, ANONYMOUS);
      throw new UnauthorizedException('A valid bearer token is required.');
    }
  }

  private async recordRefusal(
    request: InfuseRequest,
    audited: AuditedRoute | undefined,
    actor: { subject: string; role: string },
  ): Promise<void> {
    if (!audited) return;
    await this.auditWriter.record({
      actor,
      action: audited.action,
      resourceType: audited.resourceType,
      resourceId: auditedResourceId(request, audited.idParam),
      outcome: 'denied',
      requestId: request.id,
    });
  }
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
