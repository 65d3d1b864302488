import { type ArgumentsHost, Catch, type RpcExceptionFilter } from '@nestjs/common';
import { type Observable, throwError } from 'rxjs';

/**
 * Nest's default filter for event handlers replaces any error that is not an RpcException with
 * "Internal server error". The transport needs the original: it tells an outage (retried
 * without limit) from a handler's own failure (counted towards the dead letter), and the dead
 * letter records what went wrong.
 */
@Catch()
export class EventErrorPassthrough implements RpcExceptionFilter {
  catch(error: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => error);
  }
}
