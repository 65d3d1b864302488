import { type Type } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { type CallKind } from '../intent/call-kind';
import { type OutboundCallHandler } from '../dispatch/outbound-call-handler';

/** Marks a provider as the handler of one call kind; the dispatcher finds it at boot. */
export const OUTBOUND_CALL_HANDLER = DiscoveryService.createDecorator<string>();

/**
 * `@HandlesOutboundCall(SubmitClaim)` on an injectable class listed in the service module's
 * providers. The class must handle the kind's context type.
 */
export function HandlesOutboundCall<Context>(kind: CallKind<Context>) {
  const mark = OUTBOUND_CALL_HANDLER(kind.name);
  return (target: Type<OutboundCallHandler<Context>>): void => {
    mark(target);
  };
}

/** The handler of each kind among the app's providers; two for one kind is a boot error. */
export function discoverHandlers(
  discovery: DiscoveryService,
): Map<string, OutboundCallHandler<unknown>> {
  const handlers = new Map<string, OutboundCallHandler<unknown>>();
  for (const wrapper of discovery.getProviders({ metadataKey: OUTBOUND_CALL_HANDLER.KEY })) {
    const kind = discovery.getMetadataByDecorator(OUTBOUND_CALL_HANDLER, wrapper);
    if (!kind || !wrapper.instance) continue;
    if (handlers.has(kind)) throw new Error(`two handlers for outbound call kind ${kind}`);
    handlers.set(kind, wrapper.instance as OutboundCallHandler<unknown>);
  }
  return handlers;
}
