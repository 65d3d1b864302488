import type { Bundle } from 'fhir/r4';
import { BACKPORT_URLS, PAS_SUBSCRIPTION_TOPIC } from '../../pas-vocabulary';

/** One event on a subscription: which, its number since the subscription started, and when. */
export interface NotificationEvent {
  readonly subscriptionId: string;
  readonly eventNumber: number;
  /** An instant. */
  readonly timestamp: string;
  /** The notification Bundle's id and its status Parameters' id: UUIDs. */
  readonly notificationId: string;
  readonly statusId: string;
}

/**
 * The Subscriptions Backport notification that tells a subscriber a pended request has its final
 * answer [PAS-SPEC]: a history Bundle whose first entry is the subscription status and whose
 * second is the full PAS response Bundle (the focus of the event).
 */
export function buildNotificationBundle(response: Bundle, event: NotificationEvent): Bundle {
  const responseUrl = `urn:uuid:${response.id ?? event.notificationId}`;
  const eventNumber = String(event.eventNumber);
  return {
    resourceType: 'Bundle',
    id: event.notificationId,
    meta: { profile: [BACKPORT_URLS.notificationBundle] },
    type: 'history',
    timestamp: event.timestamp,
    entry: [
      {
        fullUrl: `urn:uuid:${event.statusId}`,
        resource: {
          resourceType: 'Parameters',
          id: event.statusId,
          meta: { profile: [BACKPORT_URLS.subscriptionStatus] },
          parameter: [
            {
              name: 'subscription',
              valueReference: { reference: `Subscription/${event.subscriptionId}` },
            },
            { name: 'topic', valueCanonical: PAS_SUBSCRIPTION_TOPIC },
            { name: 'status', valueCode: 'active' },
            { name: 'type', valueCode: 'event-notification' },
            { name: 'events-since-subscription-start', valueString: eventNumber },
            {
              name: 'notification-event',
              part: [
                { name: 'event-number', valueString: eventNumber },
                { name: 'timestamp', valueInstant: event.timestamp },
                { name: 'focus', valueReference: { reference: responseUrl } },
              ],
            },
          ],
        },
        request: { method: 'GET', url: `Subscription/${event.subscriptionId}/$status` },
        response: { status: '200' },
      },
      {
        fullUrl: responseUrl,
        resource: response,
        request: { method: 'GET', url: `Bundle/${response.id ?? event.notificationId}` },
        response: { status: '200' },
      },
    ],
  };
}
