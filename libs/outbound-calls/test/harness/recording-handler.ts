import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import {
  type CallFailed,
  type CallSucceeded,
  type OutboundCallHandler,
} from '../../src/dispatch/outbound-call-handler';
import { defineCallKind } from '../../src/intent/call-kind';
import { HandlesOutboundCall } from '../../src/nest/handles-outbound-call.decorator';

/** The call the tests make: a claim submission to a payer, as prior-auth will. */
export const SubmitTestClaim = defineCallKind<{ submissionId: string }>('test.submit-claim');

/** Writes each outcome to call_outcome inside the transaction that settles the call. */
@Injectable()
@HandlesOutboundCall(SubmitTestClaim)
export class RecordingHandler implements OutboundCallHandler<{ submissionId: string }> {
  async succeeded(
    { call, response }: CallSucceeded<{ submissionId: string }>,
    manager: EntityManager,
  ): Promise<void> {
    await this.remember(
      manager,
      call.id,
      'succeeded',
      response.status,
      response.text(),
      call.attempts,
    );
  }

  async failed(
    outcome: CallFailed<{ submissionId: string }>,
    manager: EntityManager,
  ): Promise<void> {
    const { call } = outcome;
    if (outcome.reason === 'rejected') {
      const { response } = outcome;
      await this.remember(
        manager,
        call.id,
        'rejected',
        response.status,
        response.text(),
        call.attempts,
      );
      return;
    }
    await this.remember(
      manager,
      call.id,
      'gave-up',
      outcome.failure.status ?? null,
      null,
      call.attempts,
    );
  }

  private async remember(
    manager: EntityManager,
    callId: string,
    outcome: string,
    status: number | null,
    body: string | null,
    attempts: number,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO call_outcome (call_id, outcome, status, body, in_transaction, attempts) VALUES ($1, $2, $3, $4, $5, $6)`,
      [callId, outcome, status, body, manager.queryRunner?.isTransactionActive === true, attempts],
    );
  }
}
