import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { catchError, from, mergeMap, type Observable, throwError } from 'rxjs';
import { httpRequestOf, type InfuseRequest, routeParam } from '../request-context';
import { type AuditOutcome } from './audit-entry.orm-entity';
import { AuditWriter } from './audit-writer';
import { AUDITED_ROUTE, type AuditedRoute } from './audited.decorator';

/** Writes the audit row for every call to an @Audited route that passed authentication. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly auditWriter: AuditWriter,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const route = this.reflector.get<AuditedRoute | undefined>(AUDITED_ROUTE, context.getHandler());
    if (!route || context.getType() !== 'http') return next.handle();
    const request = httpRequestOf(context);
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        await this.write(request, route, 'success', body);
        return body;
      }),
      catchError((error: unknown) =>
        from(this.write(request, route, outcomeOf(error))).pipe(
          mergeMap(() => throwError(() => error)),
        ),
      ),
    );
  }

  private async write(
    request: InfuseRequest,
    route: AuditedRoute,
    outcome: AuditOutcome,
    body?: unknown,
  ): Promise<void> {
    const principal = request.principal;
    if (!principal) return;
    const fromBody =
      typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    await this.auditWriter.record({
      actor: principal,
      action: route.action,
      resourceType: route.resourceType,
      resourceId:
        (route.idParam ? routeParam(request, route.idParam) : undefined) ??
        stringOrNull(fromBody['id']),
      patientId: stringOrNull(fromBody['patientId']),
      outcome,
      requestId: request.id,
    });
  }
}

function outcomeOf(error: unknown): AuditOutcome {
  const status = error instanceof HttpException ? error.getStatus() : undefined;
  return status === HttpStatus.FORBIDDEN || status === HttpStatus.NOT_FOUND ? 'denied' : 'failed';
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
