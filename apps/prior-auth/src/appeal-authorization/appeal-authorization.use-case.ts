import { Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { AUTHORIZATION_ACTIONS } from '../authorization-audit';
import { AuthorizationChangeRunner } from '../authorization-change.runner';
import { type AuthorizationSummary, summaryOf } from '../authorization-summary';

/**
 * A coordinator appeals a denial. The appeal itself goes through the payer's appeal process,
 * which PAS does not carry; the payer's decision on it comes back like any other, by
 * notification or inquiry.
 */
@Injectable()
export class AppealAuthorizationUseCase {
  constructor(private readonly runner: AuthorizationChangeRunner) {}

  execute(
    authorizationId: string,
    reason: string,
    invocation: Invocation,
  ): Promise<AuthorizationSummary> {
    return this.runner.run(
      authorizationId,
      invocation,
      AUTHORIZATION_ACTIONS.appeal,
      (authorization) => {
        authorization.appeal(reason);
        return summaryOf(authorization);
      },
    );
  }
}
