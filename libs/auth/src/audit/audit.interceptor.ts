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
import { auditedResourceId, httpRequestOf, type InfuseRequest } from '../request-context';
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
        // A change's success is recorded by its use case, in the transaction that makes it.
        if (!route.recordedInTransaction) await this.write(request, route, 'success', body);
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
    const entry = {
      actor: principal,
      action: route.action,
      resourceType: route.resourceType,
      outcome,
      requestId: request.id,
    };
    const routeId = auditedResourceId(request, route.idParam);
    const subjects = outcome === 'success' ? resourcesIn(body) : [];
    if (subjects.length === 0) {
      await this.auditWriter.record({
        ...entry,
        resourceId: routeId,
        patientId: request.auditPatientId ?? null,
      });
      return;
    }
    for (const subject of subjects)
      await this.auditWriter.record({
        ...entry,
        ...subject,
        resourceId: routeId ?? subject.resourceId,
      });
  }
}

/** What a response shows: one resource, or each item of a list, with the patient it is about. */
function resourcesIn(body: unknown): { resourceId: string | null; patientId: string | null }[] {
  if (typeof body !== 'object' || body === null) return [];
  const record = body as Record<string, unknown>;
  if (Array.isArray(record['items'])) return record['items'].flatMap(resourcesIn);
  if (record['id'] === undefined && record['patientId'] === undefined) return [];
  return [{ resourceId: stringOrNull(record['id']), patientId: stringOrNull(record['patientId']) }];
}

function outcomeOf(error: unknown): AuditOutcome {
  const status = error instanceof HttpException ? error.getStatus() : undefined;
  return status === HttpStatus.FORBIDDEN || status === HttpStatus.NOT_FOUND ? 'denied' : 'failed';
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
