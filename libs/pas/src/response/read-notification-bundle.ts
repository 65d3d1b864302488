// A rest-hook notification of the Subscriptions R5 Backport (R4): a history Bundle whose first
// entry is the SubscriptionStatus, a Parameters, followed by each event's focus [PAS-SPEC spec-62
// to spec-69]. PAS sends the full response Bundle as the focus (content full-resource), so the
// answer is read from it exactly as a $submit answer is.
import { describe, resourceTypeOf } from '../fhir/fhir-elements';
import { asNumber, asRecord, asText, type JsonRecord, recordsIn } from '../fhir/json-values';
import { lookupIn, type ResourceLookup } from './bundle-lookup';
import { malformed } from './malformed-answer';
import type { PasAnswer } from './pas-decision';
import { readClaimResponse } from './read-claim-response';
import { readResponseBundle } from './read-response-bundle';

export interface PasNotification {
  /** The Subscription the notification is for, e.g. "Subscription/PASSubscriptionExample". */
  readonly subscription?: string;
  /** The topic canonical (PAS has one, PASSubscriptionTopic). */
  readonly topic?: string;
  /** event-notification, handshake, heartbeat, query-status or query-event. */
  readonly type?: string;
  /** The subscription's event count so far, to detect missed notifications. */
  readonly eventsSinceSubscriptionStart?: string;
  /**
   * One answer per event. A handshake or heartbeat has none; a notification that cannot be read
   * has one error answer saying why.
   */
  readonly events: readonly PasNotificationEvent[];
}

export interface PasNotificationEvent {
  readonly eventNumber?: string;
  readonly timestamp?: string;
  readonly answer: PasAnswer;
}

export function readNotificationBundle(bundle: unknown): PasNotification {
  const body = asRecord(bundle);
  if (!body || resourceTypeOf(body) !== 'Bundle')
    return unreadable(`Expected a subscription notification Bundle, received ${describe(bundle)}.`);
  const status = asRecord(recordsIn(body['entry'])[0]?.['resource']);
  if (!status || resourceTypeOf(status) !== 'Parameters')
    return unreadable(
      `The notification's first entry is ${describe(status)}; the backport puts the SubscriptionStatus (a Parameters) first.`,
      'Bundle.entry[0].resource',
    );
  const parameters = recordsIn(status['parameter']);
  const named = (name: string) => parameters.find((parameter) => parameter['name'] === name);
  const valueOf = (name: string) => scalarOf(named(name));
  const subscription = asText(asRecord(named('subscription')?.['valueReference'])?.['reference']);
  const topic = valueOf('topic');
  const type = valueOf('type');
  const eventsSinceSubscriptionStart = valueOf('events-since-subscription-start');
  const lookup = lookupIn(body);
  const notified = parameters.filter((parameter) => parameter['name'] === 'notification-event');
  const events = notified.map((event) => readEvent(event, lookup));
  if (type === 'event-notification' && events.length === 0)
    events.push({
      answer: malformed(
        'The event notification names no notification-event, so there is no answer to read.',
        'Parameters.parameter(notification-event)',
      ),
    });
  return {
    ...(subscription ? { subscription } : {}),
    ...(topic ? { topic } : {}),
    ...(type ? { type } : {}),
    ...(eventsSinceSubscriptionStart ? { eventsSinceSubscriptionStart } : {}),
    events,
  };
}

function readEvent(event: JsonRecord, lookup: ResourceLookup): PasNotificationEvent {
  const parts = recordsIn(event['part']);
  const partNamed = (name: string) => parts.find((part) => part['name'] === name);
  const eventNumber = scalarOf(partNamed('event-number'));
  const timestamp = scalarOf(partNamed('timestamp'));
  const focusReference = asText(asRecord(partNamed('focus')?.['valueReference'])?.['reference']);
  const header = {
    ...(eventNumber ? { eventNumber } : {}),
    ...(timestamp ? { timestamp } : {}),
  };
  if (!focusReference)
    return {
      ...header,
      answer: malformed(
        `Notification event ${eventNumber ?? '(unnumbered)'} has no focus to read the answer from.`,
        'Parameters.parameter(notification-event).part(focus)',
      ),
    };
  const focus = lookup(focusReference);
  switch (resourceTypeOf(focus)) {
    case 'Bundle':
      return { ...header, answer: readResponseBundle(focus) };
    case 'ClaimResponse':
      return { ...header, answer: readClaimResponse(focus, lookup) };
    case undefined:
      return {
        ...header,
        answer: malformed(
          `The focus ${focusReference} is not in the notification; PAS notifications carry the full resource.`,
          'Bundle.entry',
        ),
      };
    default:
      return {
        ...header,
        answer: malformed(
          `The focus ${focusReference} is ${describe(focus)}, not a response Bundle or ClaimResponse.`,
        ),
      };
  }
}

/**
 * A parameter's primitive value as text. The backport's R4 form carries event-number and the
 * event count as strings; other servers send integers, and are read the same.
 */
function scalarOf(parameter: JsonRecord | undefined): string | undefined {
  if (!parameter) return undefined;
  for (const [key, value] of Object.entries(parameter)) {
    if (!key.startsWith('value')) continue;
    const text = asText(value);
    if (text) return text;
    const number = asNumber(value);
    if (number !== undefined) return String(number);
  }
  return undefined;
}

function unreadable(message: string, location?: string): PasNotification {
  return { events: [{ answer: malformed(message, location) }] };
}
