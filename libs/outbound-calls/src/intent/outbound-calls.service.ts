import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type CallKind } from './call-kind';
import { type OutboundCallIntent, type RecordedCall } from './outbound-call-intent';
import { recordOutboundCall } from './record-outbound-call';

/** Injectable face of recordOutboundCall(): `calls.record(manager, SubmitClaim, intent)`. */
@Injectable()
export class OutboundCalls {
  record<Context>(
    manager: EntityManager,
    kind: CallKind<Context>,
    intent: OutboundCallIntent<Context>,
  ): Promise<RecordedCall<Context>> {
    return recordOutboundCall(manager, kind, intent);
  }
}
