import { defineCallKind } from '@infuse/outbound-calls';

/** A PAS notification to one subscriber: a pended request has its final answer. */
export const NotifySubscriber = defineCallKind<{
  requestId: string;
  subscriptionId: string;
  payerId: string;
  /** The member id, for the audit row of the disclosure; never logged. */
  memberId: string;
}>('payer-sandbox.notify-subscriber');
