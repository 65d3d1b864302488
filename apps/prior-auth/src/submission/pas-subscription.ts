import { type Subscription } from 'fhir/r4';
import { BACKPORT_URLS, PAS_PROFILES, PAS_SUBSCRIPTION_TOPIC } from '@infuse/pas';

/**
 * A PAS Subscription (R4 Subscriptions Backport, rest-hook, full resources), modelled on the IG's
 * PASSubscriptionExample: the payer posts each decision's notification Bundle to `endpoint`, for
 * the requests of the pharmacy alone (the topic's `orgIdentifier` filter, its NPI).
 */
export function pasSubscription(
  endpoint: string,
  pharmacy: { name: string; npi: string },
): Subscription {
  return {
    resourceType: 'Subscription',
    meta: { profile: [PAS_PROFILES.subscription] },
    status: 'requested',
    reason: `Final decisions on pended prior-authorization requests of ${pharmacy.name}`,
    criteria: PAS_SUBSCRIPTION_TOPIC,
    _criteria: {
      extension: [
        {
          url: BACKPORT_URLS.filterCriteria,
          valueString: `orgIdentifier=${pharmacy.npi}`,
        },
      ],
    },
    channel: {
      type: 'rest-hook',
      endpoint,
      payload: 'application/fhir+json',
      _payload: {
        extension: [{ url: BACKPORT_URLS.payloadContent, valueCode: 'full-resource' }],
      },
    },
  };
}
